// A worker's records reach the program's stderr as records, one plain line each, headed with the
// worker's name and pid. Ctrl-C (SIGINT) while main waits in Pool.map ends the program with one
// line and status 130, no stack trace of jmp's, and the build fails because of that status; the
// program leaves no private directory behind.
def log = new File(basedir, 'build.log').text
assert !log.contains('SIGINT is ignored by this program') : 'this environment ignores SIGINT; run the build in the foreground'
[1, 2, 3].each { x ->
    assert log =~ /(?m)^SpawnPoolWorker-\d+ \(pid \d+\): squaring ${x}$/ : log
}
assert log.contains('squares [1, 4, 9]') : log
assert log.contains('[jmp.interrupted] SIGINT while thread "main" waited in Pool.map; stopping the program') : log
assert !log.contains('not interrupted') : log
assert !log.contains('Exception in thread') : log
assert !log.contains('CancellationException') : log
assert !(log =~ /(?m)^\s+at dev\.jmp\.(?!maven\.)/) : log // Maven's own trace of the failed goal is expected
assert log.contains('[jmp.run.exit] logging.LogThenCtrlC exited with code 130') : log
// Nothing of the program is left: its private directory, jmp-<pid>-..., went with it.
def program = (log =~ /(?m)^program (\d+) in (.+)$/)
assert program.find() : log
def tmp = new File(program.group(2).trim())
def base = tmp.absolutePath.length() > 50 ? new File('/tmp') : tmp
def left = base.listFiles().findAll { it.name.startsWith("jmp-${program.group(1)}-") }
assert left.isEmpty() : "the program's private directory outlived it: ${left}"
true
