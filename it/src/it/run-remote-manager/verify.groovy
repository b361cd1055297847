// Python's remote manager: the client with the key puts into the published queue, the server
// takes it; a client with a wrong key gets AuthenticationError (here AuthenticationException).
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
assert lines.count { it == 'got: hello from another JVM' } == 1 : log
assert lines.count { it.startsWith('refused: [jmp.manager.auth] ') && it.contains("refused this process's authkey") } == 1 : log
assert !lines.contains('let in') : log
assert !log.contains('[jmp] SyncManager') : 'no death report: ' + log
assert log.contains('BUILD SUCCESS')
true
