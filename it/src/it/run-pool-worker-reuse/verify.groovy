// A closed pool's idle worker serves the next pool and then an executor: same pid, a new name each
// time, and the static field its task counts in keeps counting, as in a reused Python worker.
def log = new File(basedir, 'build.log').text
assert log.contains('same worker: true') : log
assert log =~ /first pool: \d+ SpawnPoolWorker-\d+ tasks 1/ : log
assert log =~ /second pool: \d+ SpawnPoolWorker-\d+ tasks 2/ : log
assert log =~ /executor: \d+ SpawnProcess-\d+ tasks 3/ : log
assert log.contains('released: true') : log
assert !log.contains('[jmp') : "no jmp error or warning expected:\n${log}"
assert log.contains('BUILD SUCCESS')
true
