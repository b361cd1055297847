// The compile fails with [jmp.class-not-public] reported at src/main/java/bad/Bad.java, line 5.
def log = new File(basedir, 'build.log').text
def error = log.readLines().find { it.contains('[jmp.class-not-public]') }
assert error != null : "no [jmp.class-not-public] error in:\n${log}"
assert error.startsWith('[ERROR]') : error
assert error.replace('\\', '/').contains('src/main/java/bad/Bad.java:[5,') : "wrong place: ${error}"
assert log.contains('BUILD FAILURE')
true
