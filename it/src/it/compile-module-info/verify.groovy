// module-info.java's "requires dev.jmp" resolves: javac compiles the module against the runtime's
// module, with the processor's generated classes inside it (task factories and entries, a record's
// codec, a @Shared proxy and dispatcher), so every package they call is exported; jmp:run runs it.
def log = new File(basedir, 'build.log').text

assert !log.contains('module not found') : log
assert !log.contains('is not visible') : log
assert log.contains('Hello from a module, Alice') : log
assert log.contains('exit code 0') : log
assert log.contains('Greeted Bob 3 times') : log
assert log.contains('counter 3') : log
assert log.contains('[INFO] BUILD SUCCESS')
true
