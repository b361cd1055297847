def log = new File(basedir, 'build.log').text
assert log.contains('[jmp.verify.deadlock] scenario barrier: verify.LockAtBarrier deadlocked and was stopped') : log
assert log.contains('Deadlock of 2 threads in 2 processes:') : log
assert log =~ /Process-1 \(pid \d+, thread "main"\) holds Lock A and waits for Barrier B/ : log
assert log =~ /Process-2 \(pid \d+, thread "main"\) waits for Lock A\n/ : log
assert log =~ /Barrier B is jmp-\d+-\d+-\d+@\d+ \(2 parties, 1 waiting\)/ : log
assert (log =~ /at verify\.LockAtBarrier\.holdAndWait\(LockAtBarrier\.java:\d+\)/).count == 1 : log
assert (log =~ /at verify\.LockAtBarrier\.lockThenArrive\(LockAtBarrier\.java:\d+\)/).count == 1 : log
assert !log.contains('passed the barrier') : log
// Detected, not timed out.
assert !log.contains('[jmp.verify.timeout]') : log
true
