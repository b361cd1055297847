"""How long CPython's os.fork() of this interpreter takes to exit and be reaped: fork, the child
calls os._exit(0), the parent waits. Prints the median of 20, in ms. The twin of JvmExitCost."""
import os
import statistics
import time

times = []
for _ in range(20):
    t = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    times.append((time.perf_counter() - t) * 1e3)
print(f"fork_exit_ms\t{statistics.median(times):.2f}")
