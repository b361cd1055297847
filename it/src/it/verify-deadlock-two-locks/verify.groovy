def log = new File(basedir, 'build.log').text
assert log.contains('[jmp.verify.deadlock] scenario two-locks: verify.TwoLocks deadlocked and was stopped') : log
assert log.contains('Deadlock of 2 threads in 2 processes:') : log
assert log =~ /Process-\d \(pid \d+, thread "main"\) holds Lock A and waits for Lock B/ : log
assert log =~ /Process-\d \(pid \d+, thread "main"\) holds Lock B and waits for Lock A/ : log
// Both stacks, each at the second acquire of the task.
assert (log =~ /at verify\.TwoLocks\.transfer\(TwoLocks\.java:\d+\)/).count == 2 : log
assert !log.contains('  | transferred') : log
// Detected, not timed out.
assert !log.contains('[jmp.verify.timeout]') : log
true
