// The compile fails with [jmp.unsupported-type] reported at src/main/java/bad/Bad.java, line 8.
def log = new File(basedir, 'build.log').text
def error = log.readLines().find { it.contains('[jmp.unsupported-type]') }
assert error != null : "no [jmp.unsupported-type] error in:\n${log}"
assert error.startsWith('[ERROR]') : error
assert error.replace('\\', '/').contains('src/main/java/bad/Bad.java:[8,') : "wrong place: ${error}"
assert log.contains('BUILD FAILURE')
true
