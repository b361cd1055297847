def log = new File(basedir, 'build.log').text
assert log.contains('Verifying scenario counting: verify.Greeter') : log
assert log.contains('Scenario counting passed') : log
assert log.contains('Scenario Greeter.greet passed') : log
assert !log.contains('[jmp.verify.') : log
// The private segment directories are removed after each run.
assert new File(basedir, 'target').listFiles().findAll { it.name.startsWith('jmp-verify-shm-') }.isEmpty()
true
