// The child's exit code reaches the parent as is, and jmp:run fails the build naming it.
def log = new File(basedir, 'build.log').text
assert log.contains('worker: giving up')
assert log.contains('worker Process-1 exit code: 42') : log
assert log.contains('BUILD FAILURE')
assert log.contains("[jmp.run.exit] failing.ExitNonZero exited with code 42") : "the build failure should name exit code 42:\n${log}"
assert !log.contains('[jmp] Process-1') : "an announced exit is not an unexpected death:\n${log}"
true
