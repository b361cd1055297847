// Two children deposit 500 each into one Account held by the manager: no update is lost. A
// checked exception thrown in the server comes back as itself, with the server's stack.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
assert lines.count { it == 'balance: 1100' } == 1 : log
assert lines.count { it == 'refused: cannot withdraw 5000 from 1100' } == 1 : log
assert lines.count { it == 'thrown in: it.shared.Account.withdraw' } == 1 : log
assert lines.count { it == 'another: 7' } == 1 : log
assert !log.contains('[jmp] SyncManager') : 'no death report: ' + log
assert log.contains('BUILD SUCCESS')
true
