// -DskipTests skips jmp:verify and says so; the scenario, whose class does not exist, never runs.
def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] Skipping jmp:verify because skipTests is set') : log
assert !log.contains('Verifying scenario')
assert !log.contains('[jmp.verify.')
assert log.contains('[INFO] BUILD SUCCESS')
true
