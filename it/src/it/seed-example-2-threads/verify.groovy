// Python prints 0 a 1 b 2 c 3 d 4 e and takes as long as the sequential run, since its threads
// share one interpreter lock. Java prints the same lines in the same order, and with two or more
// cores its threads do the work side by side: the run takes clearly less than the same work done
// one job after the other, measured just before in the same program on the same machine.
def log = new File(basedir, 'build.log').text
def expected = ['0', 'a', '1', 'b', '2', 'c', '3', 'd', '4', 'e']
def lines = log.readLines().findAll { it in expected }
assert lines == expected : "out of order or missing: ${lines}\n${log}"
def cpus = (log =~ /CPUs: (\d+)/)[0][1] as int
def sequential = (log =~ /Sequential baseline: ([\d.]+) seconds/)[0][1] as double
def total = (log =~ /Total execution time: ([\d.]+) seconds/)[0][1] as double
println "one after the other ${sequential} s, on two threads ${total} s, ${cpus} CPUs"
if (cpus >= 2) {
    assert total < 0.85 * sequential : "the threads did not run side by side: ${total} s on two threads, ${sequential} s one after the other"
}
assert log.contains('BUILD SUCCESS')
true
