// A queue whose elements no codec encodes fails the compile, with [jmp.element-type] reported at
// src/main/java/bad/Bad.java, line 9, instead of when the queue is created at run time.
def log = new File(basedir, 'build.log').text
def error = log.readLines().find { it.contains('[jmp.element-type]') }
assert error != null : "no [jmp.element-type] error in:\n${log}"
assert error.startsWith('[ERROR]') : error
assert error.replace('\\', '/').contains('src/main/java/bad/Bad.java:[9,') : "wrong place: ${error}"
assert error.contains('carries elements of java.lang.Thread') : error
assert log.contains('BUILD FAILURE')
true
