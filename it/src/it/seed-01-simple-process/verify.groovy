// Python prints exactly one line: "Hello from process".
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
assert lines.count { it == 'Hello from process' } == 1 : "expected the child's line once:\n${log}"
assert log.contains('BUILD SUCCESS')
true
