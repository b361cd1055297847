// A member started with `mvn jmp:member` served a driver run by `mvn jmp:run`, and ended with its build.
def log = new File(basedir, 'build.log').text
assert log.contains('member build: [INFO] Starting a jmp cluster member') : log
assert log.contains('context: CLUSTER') : log
assert log.contains('pool on the jmp:member member: 1000 results exact, run by its worker JVMs') : log
assert log =~ /process on the jmp:member member: exit code 0, host \S+/ : log
assert log =~ /member stopped with its build, and the \d+ process\(es\) under it/ : log
// on JDK 23 and later jmp:member starts the member with --sun-misc-unsafe-memory-access=allow
assert !log.readLines().any { it.startsWith('member build: ') && it.contains('sun.misc.Unsafe') } : log
assert !log.contains('Exception in thread') : "a thread of the driver died:\n${log}"
assert log.contains('BUILD SUCCESS')
true
