// Serializable lambdas and classes run in workers with what they capture; a plain lambda is
// refused, saying how to make it work.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
assert lines.contains('lambda: hellohellohello from a worker') : log
assert lines.contains('invoice: 15.00') : log
assert lines.contains('invokeAll: 42 300') : log
assert lines.contains('failed with java.io.IOException: no such file: hello') : log
def refused = lines.find { it.startsWith('plain lambda: ') }
assert refused != null : log
assert refused.contains('[jmp.pool.not-serializable] ProcessPoolExecutor cannot run the Callable (a lambda of demo.CallablesDemo)') : refused
assert refused.contains('Make it a @ProcessTask and submit its Task') : refused
assert refused.contains('a lambda cast to (Callable<T> & Serializable)') : refused
assert lines.contains('I am MainProcess') : log
assert log.contains('BUILD SUCCESS')
true
