// Python prints "Hello from producer": the consumer process got what the producer process put,
// whichever of the two started first (get waits for the item).
def log = new File(basedir, 'build.log').text
assert log.readLines().count { it == 'Hello from producer' } == 1 : log
assert log.contains('BUILD SUCCESS')
true
