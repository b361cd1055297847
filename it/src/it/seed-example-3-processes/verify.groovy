// Five tasks, five different PIDs, none of them the main process's. With two or more cores the
// processes run side by side: the run takes clearly less than the same five tasks run one after
// another, measured just before in the same program on the same machine (on two idle cores
// about 0.6 of it; a tenth less is the bar, since other load slows both runs unevenly).
def log = new File(basedir, 'build.log').text
def mainPid = (log =~ /Main process ID: (\d+)/)[0][1]
def cpus = (log =~ /CPUs: (\d+)/)[0][1] as int
def pids = (1..5).collect { n ->
    def m = (log =~ /Task ${n} running in process ID: (\d+)/)
    assert m.find() : "Task ${n} did not report its PID:\n${log}"
    assert log =~ /Task ${n} done \(\d\)/ : "Task ${n} did not finish:\n${log}"
    m.group(1)
}
assert pids.toSet().size() == 5 : "PIDs not all different: ${pids}"
assert !pids.contains(mainPid) : "a task ran in the main process ${mainPid}"

def sequential = (log =~ /Sequential baseline: ([\d.]+) seconds/)[0][1] as double
def total = (log =~ /Total execution time: ([\d.]+) seconds/)[0][1] as double
println "one after another ${sequential} s, side by side ${total} s, ${cpus} CPUs"
if (cpus >= 2) {
    assert total < 0.9 * sequential : "no parallel speed-up: ${total} s side by side, ${sequential} s one after another"
}
assert log.contains('BUILD SUCCESS')
true
