// Workers killed while they start (SIGKILL, and a SIGTERM, which runs their exit hooks) are
// replaced: the pool's queued task and its map, and the executor's task, all succeed, the pool
// never breaks, and no worker outlives the program.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') : log
assert !log.contains('BrokenPool') && !log.contains('jmp.pool.worker-start') : log
assert (log =~ /killed starting worker \d+ with SIGKILL/).count == 7 : log
assert (log =~ /killed starting worker \d+ with SIGTERM/).count == 1 : log
assert log.contains('pool queued result: 144') : log
assert log.contains('pool map: [1, 4, 9, 16, 25]') : log
assert log.contains('executor result: 81') : log
assert log.contains('parked workers released: true') : log
assert log.contains('children left: 0') : log
def pids = ((log =~ /killed pids: \[([\d, ]+)\]/)[0][1]).split(', ').collect { it as long }
assert pids.size() == 9 : pids
pids.each { pid -> assert !ProcessHandle.of(pid).map { it.isAlive() }.orElse(false) : "worker ${pid} still running" }
true
