// Python prints ['new item']: the list holds the child's append. A ListProxy is a List and
// prints as Java's lists do.
def log = new File(basedir, 'build.log').text
assert log.readLines().count { it == '[new item]' } == 1 : log
assert !log.contains('[jmp] SyncManager') : 'no death report: ' + log
assert log.contains('BUILD SUCCESS')
true
