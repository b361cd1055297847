// The build fails saying the program timed out, and neither it nor its child is left running.
def log = new File(basedir, 'build.log').text

assert log.contains('[jmp.run.timeout] it.timeout.Hang timed out: it did not finish within jmp.timeout=2 s'
        + ' and was destroyed with 1 child process(es)')
assert log.contains('[INFO] BUILD FAILURE')

def pids = ['hang: pid ', 'hang: child pid '].collect { prefix ->
    def line = log.readLines().find { it.startsWith(prefix) }
    assert line != null : "build.log lacks '${prefix}'"
    line.substring(prefix.length()).trim() as long
}
pids.each { pid ->
    assert !ProcessHandle.of(pid).map { it.isAlive() }.orElse(false) : "process ${pid} is still alive"
}
// this build's: another checkout running the same test at the same time has its own basedir
def left = ProcessHandle.allProcesses()
        .filter { it.info().commandLine().orElse('').with { c -> c.contains('it.timeout.Hang') && c.contains(basedir.path) } }
        .map { "${it.pid()} ${it.info().commandLine().orElse('')}" }
        .toList()
assert left.isEmpty() : "processes left behind: ${left}"
true
