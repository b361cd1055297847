// The compile fails with [jmp.type-argument] reported at src/main/java/bad/Bad.java, line 9.
def log = new File(basedir, 'build.log').text
def error = log.readLines().find { it.contains('[jmp.type-argument]') }
assert error != null : "no [jmp.type-argument] error in:\n${log}"
assert error.startsWith('[ERROR]') : error
assert error.replace('\\', '/').contains('src/main/java/bad/Bad.java:[9,') : "wrong place: ${error}"
assert log.contains('BUILD FAILURE')
true
