// Invoices (a record of long, BigDecimal and LocalDate, neither Serializable nor with a codec of
// its own) compile as task parameters and results and as a queue's elements, and cross a pool
// task, a queue and a manager dict keeping their values and BigDecimal scales.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
assert lines.contains('pool: Invoice[id=1, amount=105.00, due=2027-01-30]') : log
assert lines.contains('pool: Invoice[id=2, amount=20.99, due=2027-03-30]') : log
assert lines.contains('clerk exit: 0') : log
assert lines.contains('ledger: Invoice[id=1, amount=105.00, due=2027-01-30] same=true') : log
assert lines.contains('ledger: Invoice[id=2, amount=20.99, due=2027-03-30] same=true') : log
assert lines.contains('filed at: 2026-12-05T10:15:30.123456789Z, never: Optional.empty') : log
assert !log.contains('[jmp.')
assert log.contains('BUILD SUCCESS')
true
