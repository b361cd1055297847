// The compile fails with [jmp.method-not-public] reported at src/main/java/bad/Bad.java, line 7.
def log = new File(basedir, 'build.log').text
def error = log.readLines().find { it.contains('[jmp.method-not-public]') }
assert error != null : "no [jmp.method-not-public] error in:\n${log}"
assert error.startsWith('[ERROR]') : error
assert error.replace('\\', '/').contains('src/main/java/bad/Bad.java:[7,') : "wrong place: ${error}"
assert log.contains('BUILD FAILURE')
true
