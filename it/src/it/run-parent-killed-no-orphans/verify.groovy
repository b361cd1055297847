// The parent JVM was killed with SIGKILL while its child ran. The child must notice and exit on
// its own: nobody is left to stop it. By the clock both processes share, it began exiting after
// its parent's death; how soon (a second or less on a machine that is not overloaded) is printed,
// not asserted, and a minute is the hang guard.
def log = new File(basedir, 'build.log').text
def childPid = (log =~ /child pid (\d+)/)[0][1] as long
def parentPid = (log =~ /killing parent (\d+)/)[0][1]
def killedAt = (log =~ /killing parent \d+ at (\d+)/)[0][1] as long
assert log.contains('BUILD FAILURE') : "the killed program must fail jmp:run:\n${log}"

def exited = new File(basedir, 'target/child-exited-at')
def deadline = System.currentTimeMillis() + 60_000
while ((!exited.exists() || ProcessHandle.of(childPid).map { it.isAlive() }.orElse(false))
        && System.currentTimeMillis() < deadline) {
    Thread.sleep(50)
}
assert exited.exists() : "the orphaned child ${childPid} never began to exit"
def lag = (exited.text as long) - killedAt
println "child began exiting ${lag} ms after its parent was killed"
assert lag >= 0 : "the child began exiting ${-lag} ms before its parent was killed: something else stopped it"
assert !ProcessHandle.of(childPid).map { it.isAlive() }.orElse(false) : "child ${childPid} is still running"

// The dead parent could not remove its private control directory; its orphan did.
def tmp = new File(System.getProperty('java.io.tmpdir'))
def left = tmp.listFiles().findAll { it.name.startsWith("jmp-${parentPid}-") }
assert left.isEmpty() : "control directory of the killed parent left behind: ${left}"
true
