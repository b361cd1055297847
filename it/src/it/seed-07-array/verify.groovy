// Python prints "[2, 3, 4, 5, 6]": the child's writes are in the parent's array.
def log = new File(basedir, 'build.log').text
assert log.readLines().contains('[2, 3, 4, 5, 6]') : log
assert log.contains('BUILD SUCCESS')
true
