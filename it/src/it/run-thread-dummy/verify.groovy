// The same program under both contexts prints the same results; only where it ran differs.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
['spawn', 'dummy'].each { label ->
    assert lines.contains(label + ' total 1000 from [counter-0, counter-1, counter-2, counter-3] exit codes [0, 0, 0, 0]') : log
    assert lines.contains(label + ' pool squares [1, 4, 9, 16, 25]') : log
    assert lines.contains(label + ' pool failure java.lang.ArithmeticException: / by zero') : log
    assert lines.contains(label + ' executor 144') : log
}
assert lines.contains('spawn pool runs in this JVM: false') : log
assert lines.contains('dummy pool runs in this JVM: true') : log
assert lines.contains('ThreadPool squares [1, 4, 9, 16]') : log
assert lines.contains('dummy kill: [jmp.process.thread-no-kill]') : log
assert lines.contains('dummy interrupted exit code 1') : log
assert log.contains('BUILD SUCCESS')
true
