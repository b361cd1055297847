// Python's program may print fewer items, depending on its feeder thread; the Java port prints
// all five, in order, every time: put copies the item into shared memory before it returns, so
// the producer's items are all in the queue once it has been joined, and the consumer, the only
// user of the queue then, sees isEmpty() false until it has got the last one.
def lines = new File(basedir, 'build.log').text.readLines()
def numbers = lines.findAll { it ==~ /\d+/ }
assert numbers == ['0', '1', '2', '3', '4'] : lines.join('\n')
def first = lines.indexOf('0')
assert lines[first..first + 4] == ['0', '1', '2', '3', '4'] : lines.join('\n')
assert lines.any { it.contains('BUILD SUCCESS') }
true
