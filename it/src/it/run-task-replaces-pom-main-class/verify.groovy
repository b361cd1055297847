// -Djmp.task on the command line replaces the POM's <mainClass> instead of clashing with it.
def log = new File(basedir, 'build.log').text

assert log.contains('Hello, Alice') : log
assert !log.contains('app: the POM\'s main class ran')
assert !log.contains('[jmp.run.both]')
assert log.contains('[INFO] BUILD SUCCESS')
true
