// Without the processor there is no task index: the build fails before forking anything, and
// the message tells the user how to add the processor.
def log = new File(basedir, 'build.log').text

assert log.contains('[jmp.task.no-index] jmp.task=Foo.bar needs the task index META-INF/jmp/tasks.index')
assert log.contains('add dev.jmp:jmp-processor to the <annotationProcessorPaths> of maven-compiler-plugin')
assert log.contains('org.apache.maven.plugin.MojoExecutionException')
assert !log.contains('in a forked JVM')
assert log.contains('[INFO] BUILD FAILURE')
true
