// Python: "Waiting at barrier..." twice and "Barrier passed!" twice; the barrier releases both
// waiters only after both arrived, which the traced times show.
def lines = new File(basedir, 'build.log').readLines()
assert lines.count { it == 'Waiting at barrier...' } == 2 : lines.join('\n')
assert lines.count { it == 'Barrier passed!' } == 2 : lines.join('\n')
def times = { kind -> lines.findAll { it.startsWith("trace ${kind} ") }.collect { it.split(' ')[2] as long } }
def arrivals = times('arrive')
def passes = times('pass')
assert arrivals.size() == 2 && passes.size() == 2 : lines.join('\n')
assert passes.min() >= arrivals.max() : "a worker passed at ${passes.min()} before the last arrived at ${arrivals.max()}"
assert lines.contains('[INFO] BUILD SUCCESS')
true
