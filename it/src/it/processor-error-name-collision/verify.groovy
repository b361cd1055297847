// The compile fails with [jmp.name-collision] reported at both overloads, lines 7 and 12.
def log = new File(basedir, 'build.log').text
def errors = log.readLines().findAll { it.contains('[jmp.name-collision]') }.collect { it.replace('\\', '/') }
assert errors.every { it.startsWith('[ERROR]') } : errors
[7, 12].each { line ->
    assert errors.any { it.contains("src/main/java/bad/Bad.java:[${line},") } : "no error at line ${line}:\n${log}"
}
assert log.contains('BUILD FAILURE')
true
