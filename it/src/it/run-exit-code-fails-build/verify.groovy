// The build fails because of the program, and says which program and which exit code.
def log = new File(basedir, 'build.log').text

assert log.contains('exit-three: giving up')
assert log.contains('[jmp.run.exit] it.exit.ExitThree exited with code 3; its output is above')
assert log.contains('org.apache.maven.plugin.MojoFailureException')
assert log.indexOf('exit-three: giving up') < log.indexOf('[jmp.run.exit]')
assert log.contains('[INFO] BUILD FAILURE')
true
