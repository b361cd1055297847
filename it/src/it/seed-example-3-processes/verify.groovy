// Five tasks, five different PIDs, none of them the main process's, all five started at once, so
// they run side by side: by the clock the processes share, each task's work overlapped another's.
// (How much faster that is than one after another depends on the machine's cores and load, so it
// is not asserted.)
def log = new File(basedir, 'build.log').text
def mainPid = (log =~ /Main process ID: (\d+)/)[0][1]
def spans = [:]
def pids = (1..5).collect { n ->
    def m = (log =~ /Task ${n} running in process ID: (\d+)/)
    assert m.find() : "Task ${n} did not report its PID:\n${log}"
    assert log =~ /Task ${n} done \(\d\)/ : "Task ${n} did not finish:\n${log}"
    def w = (log =~ /Task ${n} worked from (\d+) to (\d+) us/)
    assert w.find() : "Task ${n} did not say when it worked:\n${log}"
    spans[n] = [w.group(1) as long, w.group(2) as long]
    m.group(1)
}
assert pids.toSet().size() == 5 : "PIDs not all different: ${pids}"
assert !pids.contains(mainPid) : "a task ran in the main process ${mainPid}"
def overlap = { a, b -> a[0] < b[1] && b[0] < a[1] }
spans.each { n, span ->
    assert spans.any { m, other -> m != n && overlap(span, other) } : "task ${n} ran alone: ${spans}"
}
def busiest = spans.values().collect { s -> spans.values().count { overlap(s, it) } }.max()
println "work spans ${spans}; at most ${busiest} tasks overlapping one task"
assert log.contains('BUILD SUCCESS')
true
