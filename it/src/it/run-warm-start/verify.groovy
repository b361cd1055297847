// With -Djmp.startMethod=warm the program's default context is WARM, so each process it starts
// runs on one of the spare JVMs that had booted before it, and the spares left over are killed
// when the program exits (the build's leftover check and jmp:run's own process-tree check).
def log = new File(basedir, 'build.log').text
assert log.contains('start method WARM') : log
assert log.contains('Process 1 on a spare: true') : log
assert log.contains('Process 2 on a spare: true') : log
assert log.readLines().any { it.endsWith('Process 1') } : log
assert log =~ /Process-\d+ exit code 0/ : log
assert log.contains('all joined') : log
assert log.contains('[INFO] BUILD SUCCESS') : log
true
