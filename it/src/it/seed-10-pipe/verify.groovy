// Python prints "Hello from child process": the message sent in the child arrived in the parent.
def log = new File(basedir, 'build.log').text
assert log.readLines().count { it == 'Hello from child process' } == 1 : log
assert log.contains('BUILD SUCCESS')
true
