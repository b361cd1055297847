// The compile fails with [jmp.not-serializable] reported at src/main/java/bad/Bad.java, line 11.
def log = new File(basedir, 'build.log').text
def error = log.readLines().find { it.contains('[jmp.not-serializable]') }
assert error != null : "no [jmp.not-serializable] error in:\n${log}"
assert error.startsWith('[ERROR]') : error
assert error.replace('\\', '/').contains('src/main/java/bad/Bad.java:[11,') : "wrong place: ${error}"
assert log.contains('BUILD FAILURE')
true
