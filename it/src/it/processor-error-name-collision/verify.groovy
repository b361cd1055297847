// The compile fails with [jmp.name-collision] reported at src/main/java/bad/Bad.java, line 12.
def log = new File(basedir, 'build.log').text
def error = log.readLines().find { it.contains('[jmp.name-collision]') }
assert error != null : "no [jmp.name-collision] error in:\n${log}"
assert error.startsWith('[ERROR]') : error
assert error.replace('\\', '/').contains('src/main/java/bad/Bad.java:[12,') : "wrong place: ${error}"
assert log.contains('BUILD FAILURE')
true
