// Python prints 0 a 1 b 2 c 3 d 4 e, one per line, then the total time. One thread does all the
// work, so each step's work, by the program's own clock, begins after the step before it ended.
def log = new File(basedir, 'build.log').text
def expected = ['0', 'a', '1', 'b', '2', 'c', '3', 'd', '4', 'e']
def lines = log.readLines().findAll { it in expected }
assert lines == expected : "out of order or missing: ${lines}\n${log}"
def spans = (log =~ /Step (\w) worked from (\d+) to (\d+) ns/).collect { [it[1], it[2] as long, it[3] as long] }
assert spans.collect { it[0] } == expected : "steps out of order or missing: ${spans}\n${log}"
spans.eachWithIndex { s, i ->
    assert s[1] <= s[2] : "step ${s[0]} ended before it began: ${s}"
    if (i > 0) {
        assert s[1] >= spans[i - 1][2] : "step ${s[0]} began before step ${spans[i - 1][0]} ended: ${spans}"
    }
}
assert log =~ /Total execution time: [\d.]+ seconds/
assert log.contains('BUILD SUCCESS')
true
