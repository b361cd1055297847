// Python: "Waiting for condition...", then, after the parent's notify, "Condition met, resuming
// task!". The child resumes only after the parent notified.
def lines = new File(basedir, 'build.log').readLines()
def waiting = lines.indexOf('Waiting for condition...')
def notifying = lines.indexOf('notifying')
def met = lines.indexOf('Condition met, resuming task!')
assert waiting >= 0 && notifying >= 0 && met >= 0 : lines.join('\n')
assert notifying < met : "resumed before the notify:\n${lines.join('\n')}"
assert lines.contains('[INFO] BUILD SUCCESS')
true
