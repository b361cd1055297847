// A driver and two members on the loopback: what the driver checked, and the refusal it printed.
def log = new File(basedir, 'build.log').text
assert log.contains('context: CLUSTER') : log
// the seed programs 12, 18 and 20, unchanged
assert log.readLines().count { it == '[1, 4, 9, 16, 25]' } == 1 : log
assert log.readLines().count { it == '27' } == 1 : log
assert log.readLines().count { it == 'Squared numbers: [1, 4, 9, 16, 25]' } == 1 : log
assert log.contains('10000 results exact, in order') : log
assert log.contains('worker JVM killed: its task failed with signal 9, the next one ran') : log
assert log.contains('driver with another key: refused with [jmp.cluster.bad-signature]') : log
def refused = (log =~ /member (127\.0\.0\.1:\d+) with other classes: nothing ran there/)
assert refused.find() : log
assert log.contains("[jmp.cluster.digest-mismatch] member ${refused.group(1)} runs other code than this driver: classes differs") : log
assert log =~ /member 127\.0\.0\.1:\d+ SIGKILLed: the 2 tasks in its hands failed naming it, 202 finished on the survivor; its worker JVMs ended/ : log
assert log.contains('members stopped') : log
assert !log.contains('Exception in thread') : "a thread of the driver died:\n${log}"
assert log.contains('BUILD SUCCESS')
true
