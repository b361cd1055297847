// Python prints {'key': 'value'}: the dict holds the child's write. A DictProxy is a Map and
// prints as Java's maps do.
def log = new File(basedir, 'build.log').text
assert log.readLines().count { it == '{key=value}' } == 1 : log
assert !log.contains('[jmp] SyncManager') : 'no death report: ' + log
assert log.contains('BUILD SUCCESS')
true
