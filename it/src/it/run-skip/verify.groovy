// Skipping says so and starts nothing.
def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] Skipping jmp:run because jmp.skip is set')
assert !log.contains('never: this must not run')
assert !log.contains('Running it.skip.Never')
assert log.contains('[INFO] BUILD SUCCESS')
true
