// What the user sees: the program's lines, in the order it printed them, inside Maven's output.
def log = new File(basedir, 'build.log').text

def expected = [
    '[INFO] Running it.main.Hello in a forked JVM',
    'hello: started',
    'hello: args=Alice|Bob Smith',
    'hello: it.greeting=hello',
    'hello: it.color=blue',
    'hello: -Xss2m=true',
    'hello: runtime dependency=TaskNames',
    'hello: working directory=run-main-class',
    'hello: inside Maven=false',
    // The forked JVM is the JDK that runs Maven (and this script).
    'hello: java.home=' + System.getProperty('java.home'),
    'hello: done',
    '[INFO] it.main.Hello finished in ',
    '[INFO] BUILD SUCCESS',
]
int from = 0
expected.each { line ->
    int at = log.indexOf(line, from)
    assert at >= 0 : "build.log lacks, after offset ${from}: ${line}"
    from = at + line.length()
}
assert log.contains('hello: a line on stderr')

def argFiles = new File(basedir, 'target').listFiles().findAll { it.name.endsWith('.args') }
assert argFiles.isEmpty() : "argument files left behind: ${argFiles}"
true
