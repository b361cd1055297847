// Python: "Running..." about once a second, then "Process terminated", and nothing from the
// child after it. Its exit code is -15 (SIGTERM), as Python's exitcode would be.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def terminated = lines.indexOf('Process terminated')
assert terminated > 0 : log
def running = lines.findIndexValues { it == 'Running...' }
assert running.size() >= 1 && running.size() <= 4 : "Running... lines: ${running.size()}\n${log}"
assert running.every { it < terminated } : "the child printed after it was terminated:\n${log}"
assert lines.contains('exit code -15') : log
assert log.contains('BUILD SUCCESS')
true
