// Like Python's "Process parser:" + traceback: the child's own stack trace, down to the task
// method's line, then exit code 1; the parent itself succeeds.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def head = lines.indexOf('Process parser:')
assert head >= 0 : log
assert lines[head + 1].startsWith('java.lang.NumberFormatException: For input string: "forty-two"') : log
assert lines.drop(head).find { it.contains('at failing.ChildThrows.parse(ChildThrows.java:11)') } : log
assert lines.indexOf('parser exit code: 1') > head : log
assert log.contains('BUILD SUCCESS')
true
