def log = new File(basedir, 'build.log').text
assert log.contains('[jmp.verify.timeout] scenario sleeper: verify.Sleeper did not finish within 5 s') : log
// One dump for the program's JVM and one for its child, each with the sleeping or joining frame.
assert (log =~ /--- thread dump of pid \d+/).count >= 2 : log
assert log.contains('verify.Sleeper.sleepLong') : log
assert log.contains('verify.Sleeper.main') : log
assert log.contains('  | child sleeping') : log
assert log.contains('[jmp.verify.failed] 1 of 1 scenario(s) failed verification: sleeper') : log
true
