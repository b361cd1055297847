// Makes this project out of README.md alone: each code block that follows an <!-- it:PATH -->
// marker becomes the file PATH, verbatim, and the block marked it:commands must list the
// invocations of invoker.properties, so the README cannot drift from what is built here.
def text = new File(readme).text
def blocks = [:]
(text =~ /(?s)<!-- it:(\S+) -->\s*```[a-z]*\n(.*?)```/).each { all, path, body -> blocks[path] = body }
assert blocks.keySet() == ['src/main/java/com/example/Greeter.java', 'pom.xml', 'commands'] as Set : blocks.keySet()

blocks.findAll { path, body -> path != 'commands' }.each { path, body ->
    def file = new File(basedir, path)
    file.parentFile.mkdirs()
    file.text = body
}

def commands = blocks.commands.readLines()*.replaceAll(/\s+#.*$/, '')*.trim().findAll { it }
def invocations = new Properties()
new File(basedir, 'invoker.properties').withInputStream { invocations.load(it) }
def goals = (1..commands.size()).collect { 'mvn ' + invocations.getProperty("invoker.goals.${it}") }
assert commands == goals : "the README shows ${commands}, this project runs ${goals}"
assert invocations.getProperty("invoker.goals.${commands.size() + 1}") == null
true
