def log = new File(basedir, 'build.log').text
assert log.contains('Scenario consistent-order passed') : log
assert log.contains('Scenario acquire-with-timeout passed') : log
assert !log.contains('[jmp.verify.') : log
true
