// Python prints "Process 1" and "Process 2", once each, in either order. The traced times show
// the two critical sections one after the other, never overlapping.
def lines = new File(basedir, 'build.log').readLines()
['Process 1', 'Process 2'].each { msg -> assert lines.count { it == msg } == 1 : lines.join('\n') }
def times = { kind -> lines.findAll { it.startsWith("trace ${kind} ") }.collect { it.split(' ')[2] as long }.sort() }
def enters = times('enter')
def leaves = times('leave')
assert enters.size() == 2 && leaves.size() == 2 : lines.join('\n')
assert leaves[0] <= enters[1] : "critical sections overlap: entered ${enters}, left ${leaves}"
true
