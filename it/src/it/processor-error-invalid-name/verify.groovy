// The compile fails with [jmp.invalid-name] reported at src/main/java/bad/Bad.java, line 6.
def log = new File(basedir, 'build.log').text
def error = log.readLines().find { it.contains('[jmp.invalid-name]') }
assert error != null : "no [jmp.invalid-name] error in:\n${log}"
assert error.startsWith('[ERROR]') : error
assert error.replace('\\', '/').contains('src/main/java/bad/Bad.java:[6,') : "wrong place: ${error}"
assert log.contains('BUILD FAILURE')
true
