// jmp:member forked a member with the project's class path and the jmp.cluster.* properties; the
// member refused the bad one with its coded error, and the build failed on the member's exit.
def log = new File(basedir, 'build.log').text
assert log.contains('Starting a jmp cluster member') : log
assert log.contains('[jmp.cluster.bad-setting] jmp.cluster.workers is "0"; give a whole number from 1 to 10000') : log
assert log.contains('[jmp.member.exit] the cluster member exited with code 2') : log
assert log.contains('[INFO] BUILD FAILURE')
true
