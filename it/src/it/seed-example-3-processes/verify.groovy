// Five tasks, five different PIDs, none of them the main process's. With two or more cores the
// processes run side by side: the whole run takes clearly less than the CPU time of the tasks'
// work added up (what running them one after another would cost at least).
def log = new File(basedir, 'build.log').text
def mainPid = (log =~ /Main process ID: (\d+)/)[0][1]
def cpus = (log =~ /CPUs: (\d+)/)[0][1] as int
def pids = (1..5).collect { n ->
    def m = (log =~ /Task ${n} running in process ID: (\d+)/)
    assert m.find() : "Task ${n} did not report its PID:\n${log}"
    m.group(1)
}
assert pids.toSet().size() == 5 : "PIDs not all different: ${pids}"
assert !pids.contains(mainPid) : "a task ran in the main process ${mainPid}"

def taskMillis = (1..5).collect { n ->
    def m = (log =~ /Task ${n} done \(\d\) in (\d+) ms of CPU/)
    assert m.find() : "Task ${n} did not finish:\n${log}"
    m.group(1) as long
}
def total = ((log =~ /Total execution time: ([\d.]+) seconds/)[0][1] as double) * 1000
def sequential = taskMillis.sum()
println "tasks' CPU time ${sequential} ms, whole parallel run ${total} ms, ${cpus} CPUs"
if (cpus >= 2) {
    assert total < 0.85 * sequential : "no parallel speed-up: run ${total} ms, work ${sequential} ms"
}
assert log.contains('BUILD SUCCESS')
true
