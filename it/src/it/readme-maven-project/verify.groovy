// The README's project, built from its text: mvn verify runs both scenarios, jmp:run runs the
// program and then one task on its own.
def log = new File(basedir, 'build.log').text

assert log.contains('Scenario Greeter.greet passed') : log
assert log.contains('Scenario com.example.Greeter passed') : log
assert !log.contains('[jmp.') : log
assert log =~ /(?m)^Hello, Alice\r?\n0\r?$/ : 'mvn compile jmp:run prints Hello, Alice then 0'
assert log.contains('Running task Greeter.greet') : log
assert !log.contains('BUILD FAILURE')
// The jar of mvn verify, with the index of the tasks the processor wrote.
def jar = new java.util.jar.JarFile(new File(basedir, 'target/greeter-1.0-SNAPSHOT.jar'))
assert jar.entries().toList()*.name.any { it.contains('GreeterTasks') }
jar.close()
true
