// Without jmp-cluster-hazelcast there is no member to run: the build fails before forking
// anything, and the message names the artifact to add.
def log = new File(basedir, 'build.log').text
assert log.contains('[jmp.member.no-cluster] jmp:member finds no cluster member on the class path of dev.jmp.it:run-member-without-cluster-module:jar:1.0-SNAPSHOT; add the dependency dev.jmp:jmp-cluster-hazelcast') : log
assert !log.contains('Starting a jmp cluster member')
assert log.contains('[INFO] BUILD FAILURE')
true
