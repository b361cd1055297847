// Python prints "27": the call ran in a worker and its result came back.
def log = new File(basedir, 'build.log').text
assert log.readLines().count { it == '27' } == 1 : log
assert !log.contains('[jmp') : "no jmp error or warning expected:\n${log}"
assert log.contains('BUILD SUCCESS')
true
