// The seed programs 9, 11, 13-17 and 19 with a cluster manager's proxies, their processes on two
// members. What a process prints is in its member's log, which the driver copies line by line as
// "member <i>: <line>"; each seed's checks are its local verify.groovy's, on those lines and on the
// driver's own.
def lines = new File(basedir, 'build.log').readLines()
def log = lines.join('\n')
def member = lines.collect { l -> def m = l =~ /^member (\d): (.*)$/; m ? [m.group(1), m.group(2)] : null }
// the indexes of the lines a process printed on a member, and which member printed each
def printed = { String s -> (0..<lines.size()).findAll { member[it]?.getAt(1) == s } }
def printedOn = { String s -> printed(s).collect { member[it][0] } as Set }

['09', '11', '13', '14', '15', '16', '17', '19'].each { n ->
    assert lines.any { it ==~ /seed ${n} ran in \d+ ms/ } : "seed ${n} did not end:\n${log}"
}

// 9: the consumer on a member got what the producer on a member put.
assert printed('Hello from producer').size() == 1 : log

// 11 and 17: the driver prints the dict and the list the child wrote.
assert lines.count { it == '{key=value}' } == 1 : log
assert lines.count { it == '[new item]' } == 1 : log
assert !log.contains('[jmp] SyncManager') : 'no death report: ' + log

// 13: the child resumes only after the parent notified.
def waiting = printed('Waiting for condition...')
def notifying = lines.indexOf('notifying')
def met = printed('Condition met, resuming task!')
assert waiting.size() == 1 && notifying >= 0 && met.size() == 1 : log
assert notifying < met[0] : "resumed before the notify:\n${log}"

// 14: the worker is released once the parent set the event.
def setting = lines.indexOf('setting the event')
def received = printed('Worker received event signal!')
assert printed('Worker waiting for event...').size() == 1 : log
assert setting >= 0 && received.size() == 1 && received[0] > setting : "signal received before the event was set:\n${log}"

// 15: both pass only after both arrived, one worker on each member.
assert printed('Waiting at barrier...').size() == 2 : log
assert printed('Barrier passed!').size() == 2 : log
assert printedOn('Waiting at barrier...') == ['0', '1'] as Set : "not one worker on each member:\n${log}"
def times = { kind -> member.findAll { it != null && it[1].startsWith("trace ${kind} ") }.collect { it[1].split(' ')[2] as long } }
def arrivals = times('arrive')
def passes = times('pass')
assert arrivals.size() == 2 && passes.size() == 2 : log
assert passes.min() >= arrivals.max() : "a worker passed at ${passes.min()} before the last arrived at ${arrivals.max()}"

// 16: four tasks over both members, never more than two holding a permit at once.
assert printed('Task started').size() == 4 : log
assert printed('Task completed').size() == 4 : log
assert printedOn('Task started') == ['0', '1'] as Set : "the tasks did not run on both members:\n${log}"
def events = member.findAll { it != null && it[1] ==~ /trace (start|end) \d+/ }.collect {
    def parts = it[1].split(' ')
    [time: parts[2] as long, delta: parts[1] == 'start' ? 1 : -1]
}
assert events.size() == 8 : log
// At equal times, count the ends first: a permit released and taken in the same microsecond.
events.sort { a, b -> a.time <=> b.time ?: a.delta <=> b.delta }
int inside = 0
int most = 0
events.each { e -> inside += e.delta; most = Math.max(most, inside) }
println "at most ${most} tasks ran at once"
assert most == 2 : "with four tasks and two permits, ${most} ran at once"

// 19: the consumer prints all five, in order, one after the other.
def numbers = (0..<lines.size()).findAll { member[it] != null && member[it][1] ==~ /\d+/ }
assert numbers.collect { member[it][1] } == ['0', '1', '2', '3', '4'] : log
assert numbers == (numbers[0]..numbers[0] + 4) : "the five numbers are not one after the other:\n${log}"

// The members and every JVM under them ended when the members were stopped, and nothing they or
// the driver made is left in shared memory: the directory they were given (jmp.shm.dir) is empty,
// and /dev/shm holds no file of theirs.
def stopped = lines.find { it.startsWith('members stopped; these JVMs ended: ') }
assert stopped != null : log
def pids = stopped.substring(stopped.indexOf(':') + 2).split(' ').collect { it as long }
def driver = lines.find { it.startsWith('driver pid: ') }
assert driver != null : log
pids << (driver.substring('driver pid: '.length()) as long)
assert pids.size() >= 3 : stopped
pids.each { pid -> assert !ProcessHandle.of(pid).filter { it.isAlive() }.isPresent() : "pid ${pid} still runs" }
def shm = new File(basedir, 'target/shm')
assert shm.isDirectory() && shm.list().length == 0 : "left in ${shm}: ${shm.list()}"
def devShm = new File('/dev/shm')
if (devShm.isDirectory()) {
    def theirs = devShm.list().findAll { name ->
        def m = name =~ /^jmp-(?:waits-)?(\d+)-/
        m && pids.contains(m.group(1) as long)
    }
    assert theirs.isEmpty() : "left in /dev/shm: ${theirs}"
}
assert !log.contains('Exception in thread') : "a thread of the driver died:\n${log}"
assert log.contains('BUILD SUCCESS')
true
