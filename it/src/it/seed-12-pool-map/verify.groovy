// Python prints "[1, 4, 9, 16, 25]": Pool.map returns the results in input order.
def log = new File(basedir, 'build.log').text
assert log.readLines().count { it == '[1, 4, 9, 16, 25]' } == 1 : log
assert !log.contains('[jmp') : "no jmp error or warning expected:\n${log}"
assert log.contains('BUILD SUCCESS')
true
