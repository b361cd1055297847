// A driver and two members on the loopback, with a cluster manager: what the driver checked.
def log = new File(basedir, 'build.log').text
assert log =~ /manager: hazelcast:it-/ : log
assert log.contains('4 producers x 4 consumers on the cluster: 2000 numbers, none lost or duplicated') : log
assert log.contains("lock holder's member SIGKILLed: the next acquirer took the lock, recovered") : log
assert log.contains("barrier party's member SIGKILLed: the other parties broke out [broken, timed out]") : log
assert log =~ /driver SIGKILLed: its named dict survives .*, its unnamed one was freed/ : log
assert log.contains('members stopped') : log
assert !log.contains('Exception in thread') : "a thread of the driver died:\n${log}"
assert log.contains('BUILD SUCCESS')
true
