// Python prints the three messages, each once, in an order the scheduler picks; all of them
// come before anything the parent prints after joining.
def lines = new File(basedir, 'build.log').readLines()
def joined = lines.indexOf('all joined')
assert joined > 0 : lines.join('\n')
['Process 1', 'Process 2', 'Process 3'].each { msg ->
    assert lines.count { it == msg } == 1 : "${msg} should be printed once:\n${lines.join('\n')}"
    assert lines.indexOf(msg) < joined : "${msg} printed after join returned"
}
true
