// jmp:help shows the run goal with each parameter, its user property and its default.
def log = new File(basedir, 'build.log').text

assert log.contains('jmp:run')
['mainClass', 'task', 'args', 'commandlineArgs', 'jvmArgs', 'commandlineJvmArgs', 'systemProperties',
 'workingDirectory', 'timeout', 'skip', 'javaExecutable', 'classDataSharing', 'startMethod'].each { name ->
    assert log =~ /(?m)^ {4}${name}( \(Default: [^)]*\))?\r?$/ : "jmp:help does not list ${name}"
}
['jmp.mainClass', 'jmp.task', 'jmp.args', 'jmp.jvmArgs', 'jmp.workingDirectory', 'jmp.timeout',
 'jmp.skip', 'jmp.javaExecutable', 'jmp.classDataSharing', 'jmp.startMethod'].each { property ->
    assert log.contains("User property: ${property}") : "jmp:help does not show the property ${property}"
}
assert log.contains('Default: 0')
assert log.contains('[INFO] BUILD SUCCESS')
true
