// The child's writes through its MemorySegment view are in the parent's view: 0² + ... + 999².
def log = new File(basedir, 'build.log').text
assert log.readLines().contains('segment of 8000 bytes, sum of squares 332833500') : log
assert log.contains('BUILD SUCCESS')
true
