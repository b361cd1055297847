// Python prints 0 a 1 b 2 c 3 d 4 e; so does Java, its two threads taking turns to print while
// their work runs side by side: by the program's own clock, each job began before the other
// ended. (How much faster that is depends on the machine's cores and load, so it is printed,
// not asserted.)
def log = new File(basedir, 'build.log').text
def expected = ['0', 'a', '1', 'b', '2', 'c', '3', 'd', '4', 'e']
def lines = log.readLines().findAll { it in expected }
assert lines == expected : "out of order or missing: ${lines}\n${log}"
def span = { job ->
    def m = (log =~ /Job ${job} worked from (\d+) to (\d+) ns/)
    assert m.find() : "job ${job} did not say when it worked:\n${log}"
    [m.group(1) as long, m.group(2) as long]
}
def numbers = span('numbers')
def letters = span('letters')
def total = (log =~ /Total execution time: ([\d.]+)/)[0][1]
println "numbers worked ${numbers}, letters worked ${letters}, total ${total} s"
assert numbers[0] < letters[1] && letters[0] < numbers[1] :
        "the jobs ran one after the other: numbers ${numbers}, letters ${letters}"
assert log.contains('BUILD SUCCESS')
true
