// Python prints "Hello, Alice": the argument crossed to the child.
def log = new File(basedir, 'build.log').text
assert log.readLines().count { it == 'Hello, Alice' } == 1 : log
assert log.contains('BUILD SUCCESS')
true
