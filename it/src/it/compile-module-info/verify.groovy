// module-info.java's "requires dev.jmp" resolves: javac compiles the module against the runtime's
// automatic module, with the processor's generated classes inside it; jmp:run runs it.
def log = new File(basedir, 'build.log').text

assert !log.contains('module not found') : log
assert log.contains('Hello from a module, Alice') : log
assert log.contains('exit code 0') : log
assert log.contains('[INFO] BUILD SUCCESS')
true
