// Python: four "Task started" and four "Task completed". A Semaphore(2) never lets three tasks
// run at once: replaying the traced start and end times, at most two are ever inside.
def lines = new File(basedir, 'build.log').readLines()
assert lines.count { it == 'Task started' } == 4 : lines.join('\n')
assert lines.count { it == 'Task completed' } == 4 : lines.join('\n')
def events = lines.findAll { it ==~ /trace (start|end) \d+/ }.collect {
    def parts = it.split(' ')
    [time: parts[2] as long, delta: parts[1] == 'start' ? 1 : -1]
}
assert events.size() == 8 : lines.join('\n')
// At equal times, count the ends first: a permit released and taken in the same microsecond.
events.sort { a, b -> a.time <=> b.time ?: a.delta <=> b.delta }
int inside = 0
int most = 0
events.each { e -> inside += e.delta; most = Math.max(most, inside) }
println "at most ${most} tasks ran at once"
assert most <= 2 : "the semaphore let ${most} tasks run at once"
assert most == 2 : "with four tasks and two permits, two should have overlapped"
assert lines.contains('[INFO] BUILD SUCCESS')
true
