// The compile fails with [jmp.generic-method] reported at src/main/java/bad/Bad.java, line 8.
def log = new File(basedir, 'build.log').text
def error = log.readLines().find { it.contains('[jmp.generic-method]') }
assert error != null : "no [jmp.generic-method] error in:\n${log}"
assert error.startsWith('[ERROR]') : error
assert error.replace('\\', '/').contains('src/main/java/bad/Bad.java:[8,') : "wrong place: ${error}"
assert log.contains('BUILD FAILURE')
true
