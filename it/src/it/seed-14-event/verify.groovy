// Python: "Worker waiting for event...", then "Worker received event signal!" once the parent
// sets the event (the parent's own line, added here, marks when).
def lines = new File(basedir, 'build.log').readLines()
def setting = lines.indexOf('setting the event')
def received = lines.indexOf('Worker received event signal!')
assert lines.indexOf('Worker waiting for event...') >= 0 : lines.join('\n')
assert setting >= 0 && received > setting : "signal received before the event was set:\n${lines.join('\n')}"
assert lines.contains('[INFO] BUILD SUCCESS')
true
