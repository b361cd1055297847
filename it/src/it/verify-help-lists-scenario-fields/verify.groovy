// jmp:help documents each field a <scenario> may have, and every property that skips the goal.
def log = new File(basedir, 'build.log').text

assert log.contains('jmp:verify')
['task', 'mainClass', 'args', 'name', 'expectedExitCode', 'expectedOutput', 'timeout'].each { field ->
    assert log.contains("<${field}>") : "jmp:help does not document the scenario field <${field}>"
}
['scenarios', 'timeout', 'jvmArgs', 'verifySkip', 'skip', 'skipTests', 'mavenTestSkip'].each { name ->
    assert log =~ /(?m)^ {4}${name}( \(Default: [^)]*\))?\r?$/ : "jmp:help does not list ${name}"
}
['jmp.verify.skip', 'jmp.skip', 'skipTests', 'maven.test.skip', 'jmp.verify.timeout'].each { property ->
    assert log.contains("User property: ${property}") : "jmp:help does not show the property ${property}"
}
assert log.contains('[INFO] BUILD SUCCESS')
true
