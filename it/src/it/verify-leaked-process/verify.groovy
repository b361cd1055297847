def log = new File(basedir, 'build.log').text
assert log.contains('[jmp.verify.leaked-process] scenario leaker: verify.Leaker exited but left 1 process(es) running') : log
assert log =~ /\d+ \S*sleep 300/ : log
assert log.contains('[jmp.verify.failed] 1 of 1 scenario(s) failed verification: leaker') : log
true
