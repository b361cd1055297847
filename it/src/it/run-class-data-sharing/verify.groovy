// With jmp.classDataSharing the program runs from target/jmp/<artifactId>-classes.jar, so its
// class path is all jars and jmp creates a class-data archive for its children in the background.
def log = new File(basedir, 'build.log').text
assert log.contains('all joined') : log
def jar = new File(basedir, 'target/jmp/run-class-data-sharing-classes.jar')
assert jar.isFile() : "no ${jar}"
assert log.contains('[jmp.cds] creating a class-data archive for child JVMs in') : log
assert !log.contains('no class-data archive') : log

// The archive appears once the background JVM that creates it is done.
def cds = new File(basedir, 'target/cds')
def deadline = System.currentTimeMillis() + 120_000
def archives = { (cds.listFiles() ?: []).findAll { it.name.startsWith('cds-') && !it.name.endsWith('.failed') } }
while (archives().isEmpty() && System.currentTimeMillis() < deadline) {
    Thread.sleep(100)
}
assert !archives().isEmpty() : "no archive in ${cds}: ${cds.list()}"
def busy = { (cds.listFiles() ?: []).any { it.name.startsWith('tmp-') } }
while (busy() && System.currentTimeMillis() < deadline) {
    Thread.sleep(100)
}
true
