// Python prints 0 a 1 b 2 c 3 d 4 e, one per line, then the total time. One thread does all the
// work, so the run takes at least the CPU time of the work.
def log = new File(basedir, 'build.log').text
def expected = ['0', 'a', '1', 'b', '2', 'c', '3', 'd', '4', 'e']
def lines = log.readLines().findAll { it in expected }
assert lines == expected : "out of order or missing: ${lines}\n${log}"
def cpu = (log =~ /Work took (\d+) ms of CPU/)[0][1] as long
def total = ((log =~ /Total execution time: ([\d.]+) seconds/)[0][1] as double) * 1000
println "work ${cpu} ms of CPU, whole run ${total} ms"
assert total >= 0.95 * cpu : "one thread cannot finish ${cpu} ms of CPU work in ${total} ms"
assert log.contains('BUILD SUCCESS')
true
