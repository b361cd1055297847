// All 21 programs compiled (a generated factory for each), and the first one runs as the page says.
def log = new File(basedir, 'build.log').text
def classes = new File(basedir, 'target/classes/example')
assert classes.list().findAll { it.endsWith('Tasks.class') }.size() == 21 : classes.list()
assert log.contains('Hello from process') : log
assert log.contains('[INFO] BUILD SUCCESS')
true
