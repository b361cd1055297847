// Python prints the same bytes and list: the children's writes are in the parent's block and list,
// and the manager's shutdown unlinked both.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
assert lines.contains('block [22, 33, 44, 55, 4, 5, 6, 7, 8, 9]') : log
assert lines.any { it.startsWith('list ShareableList[100, 2.5, true, hi!] name=') && it.endsWith(' format qd?8s') } : log
assert lines.contains('after shutdown: [jmp.shm.no-such-block]') : log
assert !log.contains('[jmp.shm.leaked]') : log
assert log.contains('BUILD SUCCESS')
true
