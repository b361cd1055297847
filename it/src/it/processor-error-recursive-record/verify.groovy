// The compile fails with [jmp.recursive-record] reported at src/main/java/bad/Bad.java, line 10.
def log = new File(basedir, 'build.log').text
def error = log.readLines().find { it.contains('[jmp.recursive-record]') }
assert error != null : "no [jmp.recursive-record] error in:\n${log}"
assert error.startsWith('[ERROR]') : error
assert error.replace('\\', '/').contains('src/main/java/bad/Bad.java:[10,') : "wrong place: ${error}"
assert log.contains('BUILD FAILURE')
true
