// Python prints "Squared numbers: [1, 4, 9, 16, 25]" after the executor's with block.
def log = new File(basedir, 'build.log').text
assert log.readLines().count { it == 'Squared numbers: [1, 4, 9, 16, 25]' } == 1 : log
assert !log.contains('[jmp') : "no jmp error or warning expected:\n${log}"
assert log.contains('BUILD SUCCESS')
true
