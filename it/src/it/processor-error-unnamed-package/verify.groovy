// The compile fails with [jmp.unnamed-package] reported at src/main/java/Bad.java, line 3.
def log = new File(basedir, 'build.log').text
def error = log.readLines().find { it.contains('[jmp.unnamed-package]') }
assert error != null : "no [jmp.unnamed-package] error in:\n${log}"
assert error.startsWith('[ERROR]') : error
assert error.replace('\\', '/').contains('src/main/java/Bad.java:[3,') : "wrong place: ${error}"
assert log.contains('BUILD FAILURE')
true
