// Python prints "Final value: 2": both children's increments reach the parent's memory.
def log = new File(basedir, 'build.log').text
assert log.readLines().contains('Final value: 2') : log
assert log.contains('BUILD SUCCESS')
true
