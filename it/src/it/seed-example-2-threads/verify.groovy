// Python prints 0 a 1 b 2 c 3 d 4 e and takes as long as the sequential run, since its threads
// share one interpreter lock. Java prints the same lines in the same order, and with two or more
// cores its threads do the work side by side: the run takes clearly less than the work's CPU time.
def log = new File(basedir, 'build.log').text
def expected = ['0', 'a', '1', 'b', '2', 'c', '3', 'd', '4', 'e']
def lines = log.readLines().findAll { it in expected }
assert lines == expected : "out of order or missing: ${lines}\n${log}"
def cpus = (log =~ /CPUs: (\d+)/)[0][1] as int
def load = (log =~ /Load average: (-?[\d.]+)/)[0][1] as double
def cpu = (log =~ /Work took (\d+) ms of CPU/)[0][1] as long
def total = ((log =~ /Total execution time: ([\d.]+) seconds/)[0][1] as double) * 1000
println "work ${cpu} ms of CPU, whole run ${total} ms, ${cpus} CPUs, load average ${load}"
// Two threads can only run side by side when other programs leave the machine a second core.
if (cpus >= 2 && load >= 0 && load < cpus) {
    assert total < 0.9 * cpu : "the threads did not run side by side: run ${total} ms, work ${cpu} ms"
} else {
    println "speed-up not checked: ${cpus} CPUs at load average ${load} leave no core to spare"
}
assert log.contains('BUILD SUCCESS')
true
