// Python: the daemon prints "Daemon process running..." about once a second (three times in the
// three seconds, fewer if its start is slow), then "Main process exits", then nothing more:
// the daemon dies with the main process, and the build ends normally.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def exits = lines.indexOf('Main process exits')
assert exits > 0 : log
def running = lines.findIndexValues { it == 'Daemon process running...' }
assert running.size() >= 1 && running.size() <= 4 : "daemon lines: ${running.size()}\n${log}"
assert running.every { it < exits } : "the daemon printed after the main process exited:\n${log}"
assert log.contains('BUILD SUCCESS')

def pid = (log =~ /daemon pid (\d+)/)[0][1] as long
def deadline = System.currentTimeMillis() + 10_000
while (ProcessHandle.of(pid).map { it.isAlive() }.orElse(false) && System.currentTimeMillis() < deadline) {
    Thread.sleep(50)
}
assert !ProcessHandle.of(pid).map { it.isAlive() }.orElse(false) : "daemon ${pid} outlived the program"
true
