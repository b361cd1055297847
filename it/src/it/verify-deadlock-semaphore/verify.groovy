def log = new File(basedir, 'build.log').text
assert log.contains('[jmp.verify.deadlock] scenario semaphore: verify.PermitAndLock deadlocked and was stopped') : log
assert log.contains('Deadlock of 2 threads in 2 processes:') : log
// Process-1 takes the permit, Process-2 the lock; whichever is listed first names its object A.
assert log =~ /Process-1 \(pid \d+, thread "main"\) holds Semaphore . and waits for Lock ./ : log
assert log =~ /Process-2 \(pid \d+, thread "main"\) holds Lock . and waits for Semaphore ./ : log
assert log =~ /Semaphore . is jmp-\d+-\d+-\d+@\d+ \(1 permit, none free\)/ : log
// Both stacks, each at the second acquire of its task.
assert (log =~ /at verify\.PermitAndLock\.permitThenLock\(PermitAndLock\.java:\d+\)/).count == 1 : log
assert (log =~ /at verify\.PermitAndLock\.lockThenPermit\(PermitAndLock\.java:\d+\)/).count == 1 : log
assert !log.contains('got both') : log
// Detected, not timed out.
assert !log.contains('[jmp.verify.timeout]') : log
true
