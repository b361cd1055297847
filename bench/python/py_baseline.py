"""CPython multiprocessing baseline for jmp's side-by-side benchmark.

Every workload here has a twin in jmp's benchmark with the same name, the same sizes and the same
semantics. Output: one line per workload, `name<TAB>value<TAB>unit`, where `unit` says whether
higher or lower is better (`per_s` higher, `ms`/`us` lower, `x` higher, `MB` lower), and after
some workloads a note, `#<TAB>name<TAB>text` (a size calibrated in this run).
Each figure is the median of REPS repetitions.

Run: python3 py_baseline.py [fork|spawn|forkserver] [REPS] [NAME,NAME...]

Adapted for jmp from the shared baseline: the optional third argument runs only the named
workloads, and the workloads follow the current goals table of the contract: seventeen, of which
cpu_speedup_2_workers is redefined (tasks of ~100 ms calibrated on this interpreter, each
repetition in a fresh interpreter), and cpu_small_tasks, worker_private_mb (replacing
idle_worker_rss) and shared_memory_copy are new.
"""
import functools
import multiprocessing as mp
import os
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import shared_memory

SHM_SIZE = 256 << 20
SMALL_TASKS = 40
# Notes printed after a workload's figure: name -> text.
NOTES = {}


def noop():
    pass


def square(x):
    return x * x


def burn(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


def producer(q, n, payload):
    for i in range(n):
        q.put(payload)
    q.put(None)


def echo(conn, n):
    for _ in range(n):
        conn.send(conn.recv())


def incr(v, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1


def dict_writer(d, n):
    for i in range(n):
        d[i] = i


def ev_pong(a, b, n):
    for _ in range(n):
        a.wait()
        a.clear()
        b.set()


def array_touch(arr):
    for i in range(len(arr)):
        arr[i] += 1.0


def worker_pid(millis):
    # Sleeps, so that each idle worker takes one of a batch.
    time.sleep(millis / 1000)
    return os.getpid()


def fill_block(name, size):
    shm = shared_memory.SharedMemory(name=name)
    try:
        chunk = bytes(range(256)) * 4096
        for offset in range(0, size, len(chunk)):
            shm.buf[offset:offset + len(chunk)] = chunk
    finally:
        shm.close()


def uss_mb(pid):
    # Private memory: the pages no other process maps.
    kb = 0
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            if line.startswith("Private_"):
                kb += int(line.split()[1])
    return kb / 1024


def await_workers(pool, workers):
    # The pids of the pool's workers once each has run a task: a batch of one sleep per worker,
    # chunksize=1, reaches every worker only once all of them have started.
    deadline = time.monotonic() + 120
    while True:
        pids = set(pool.map(worker_pid, [50] * workers, chunksize=1))
        if len(pids) == workers:
            return sorted(pids)
        if time.monotonic() > deadline:
            raise RuntimeError(f"only {len(pids)} of the pool's {workers} workers ran a task within 120 s")


def burn_seconds(n):
    # CPU time of this thread, so that other load on the machine does not shrink the task.
    t = time.thread_time()
    burn(n)
    return time.thread_time() - t


@functools.lru_cache(maxsize=None)
def calibrate_burn(target):
    # The argument of burn that takes about `target` seconds of CPU on this interpreter, once per run:
    # doubled until a call takes 20 ms, then scaled twice by the fastest of five calls.
    n = 1 << 16
    while burn_seconds(n) < 0.02:
        n *= 2
    for _ in range(2):
        n = round(n * target / min(burn_seconds(n) for _ in range(5)))
    return n


def cpu_speedup_run(method, n):
    # One repetition of cpu_speedup_2_workers, in a fresh interpreter: burn(n) four times here,
    # then on a fresh Pool(2) once both workers have started; prints sequential over pool time.
    ctx = mp.get_context(method)
    w = [n] * 4
    t = time.perf_counter()
    expected = [burn(x) for x in w]
    seq = time.perf_counter() - t
    with ctx.Pool(2) as pool:
        await_workers(pool, 2)
        t = time.perf_counter()
        results = pool.map(burn, w, chunksize=1)
        par = time.perf_counter() - t
    assert results == expected
    print(f"{seq / par:.4f}")


def median_of(reps, fn):
    return statistics.median(fn() for _ in range(reps))


def workloads(ctx):
    def start_join():
        n = 20
        t = time.perf_counter()
        for _ in range(n):
            p = ctx.Process(target=noop)
            p.start()
            p.join()
        return ("start_join", (time.perf_counter() - t) / n * 1e3, "ms")

    def pool_map():
        with ctx.Pool(2) as pool:
            pool.map(square, range(1000))
            n = 200_000
            t = time.perf_counter()
            pool.map(square, range(n))
            return ("pool_map_small", n / (time.perf_counter() - t), "per_s")

    def pool_map_payload():
        data = ["x" * 1024] * 20_000
        with ctx.Pool(2) as pool:
            pool.map(len, data[:100])
            t = time.perf_counter()
            pool.map(len, data)
            return ("pool_map_1k_payload", len(data) / (time.perf_counter() - t), "per_s")

    def apply_async():
        with ctx.Pool(2) as pool:
            pool.apply(square, (1,))
            n = 5000
            t = time.perf_counter()
            rs = [pool.apply_async(square, (i,)) for i in range(n)]
            for r in rs:
                r.get()
            return ("apply_async", n / (time.perf_counter() - t), "per_s")

    def apply_roundtrip():
        with ctx.Pool(2) as pool:
            pool.apply(square, (1,))
            n = 1000
            t = time.perf_counter()
            for i in range(n):
                pool.apply(square, (i,))
            return ("apply_roundtrip", (time.perf_counter() - t) / n * 1e6, "us")

    def executor_submit():
        with ProcessPoolExecutor(2, mp_context=ctx) as ex:
            ex.submit(square, 1).result()
            n = 5000
            t = time.perf_counter()
            fs = [ex.submit(square, i) for i in range(n)]
            for f in fs:
                f.result()
            return ("executor_submit", n / (time.perf_counter() - t), "per_s")

    def queue_small():
        q = ctx.Queue()
        n = 200_000
        p = ctx.Process(target=producer, args=(q, n, 7))
        t = time.perf_counter()
        p.start()
        while q.get() is not None:
            pass
        r = n / (time.perf_counter() - t)
        p.join()
        return ("queue_small", r, "per_s")

    def queue_1k():
        q = ctx.Queue()
        n = 50_000
        p = ctx.Process(target=producer, args=(q, n, b"x" * 1024))
        t = time.perf_counter()
        p.start()
        while q.get() is not None:
            pass
        r = n / (time.perf_counter() - t)
        p.join()
        return ("queue_1k", r, "per_s")

    def pipe_roundtrip():
        a, b = ctx.Pipe()
        n = 20_000
        p = ctx.Process(target=echo, args=(b, n))
        p.start()
        a.send(0)
        a.recv()
        t = time.perf_counter()
        for i in range(n - 1):
            a.send(i)
            a.recv()
        r = (time.perf_counter() - t) / (n - 1) * 1e6
        p.join()
        return ("pipe_roundtrip", r, "us")

    def locked_incr():
        v = ctx.Value("i", 0)
        n = 50_000
        ps = [ctx.Process(target=incr, args=(v, n)) for _ in range(2)]
        t = time.perf_counter()
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        dt = time.perf_counter() - t
        assert v.value == 2 * n, v.value
        return ("locked_incr", 2 * n / dt, "per_s")

    def array_update():
        arr = ctx.Array("d", 1_000_000, lock=False)
        p = ctx.Process(target=array_touch, args=(arr,))
        t = time.perf_counter()
        p.start()
        p.join()
        dt = time.perf_counter() - t
        assert arr[999_999] == 1.0
        return ("array_update_1m", 1_000_000 / dt, "per_s")

    def manager_dict():
        with ctx.Manager() as m:
            d = m.dict()
            n = 10_000
            p = ctx.Process(target=dict_writer, args=(d, n))
            t = time.perf_counter()
            p.start()
            p.join()
            r = n / (time.perf_counter() - t)
            assert len(d) == n
            return ("manager_dict_set", r, "per_s")

    def event_roundtrip():
        a, b = ctx.Event(), ctx.Event()
        n = 5000
        p = ctx.Process(target=ev_pong, args=(a, b, n))
        p.start()
        t = time.perf_counter()
        for _ in range(n):
            a.set()
            b.wait()
            b.clear()
        r = (time.perf_counter() - t) / n * 1e6
        p.join()
        return ("event_roundtrip", r, "us")

    def cpu_speedup():
        n = calibrate_burn(0.1)
        NOTES["cpu_speedup_2_workers"] = f"N={n} (burn(N) took about 100 ms of CPU here)"
        out = subprocess.run([sys.executable, os.path.abspath(__file__), "--cpu-speedup-run",
                              ctx.get_start_method(), str(n)],
                             check=True, stdout=subprocess.PIPE, text=True).stdout
        return ("cpu_speedup_2_workers", float(out.split()[-1]), "x")

    def cpu_small_tasks():
        w = [3_000_000] * SMALL_TASKS
        with ctx.Pool(2) as pool:
            await_workers(pool, 2)
            pool.map(burn, w, chunksize=1)
            burn(3_000_000)
            burn(3_000_000)
            t = time.perf_counter()
            for x in w:
                burn(x)
            seq = time.perf_counter() - t
            t = time.perf_counter()
            pool.map(burn, w, chunksize=1)
            par = time.perf_counter() - t
        return ("cpu_small_tasks", seq / par, "x")

    def worker_private_mb():
        with ctx.Pool(4) as pool:
            pids = await_workers(pool, 4)
            time.sleep(0.5)
            return ("worker_private_mb", statistics.mean(uss_mb(pid) for pid in pids), "MB")

    def shared_memory_copy():
        shm = shared_memory.SharedMemory(create=True, size=SHM_SIZE)
        try:
            p = ctx.Process(target=fill_block, args=(shm.name, SHM_SIZE))
            t = time.perf_counter()
            p.start()
            p.join()
            total = sum(shm.buf)
            dt = time.perf_counter() - t
            assert total == SHM_SIZE // 256 * (255 * 256 // 2), total
            return ("shared_memory_copy", SHM_SIZE / dt, "per_s")
        finally:
            shm.close()
            shm.unlink()

    return [start_join, pool_map, pool_map_payload, apply_async, apply_roundtrip,
            executor_submit, queue_small, queue_1k, pipe_roundtrip, locked_incr,
            array_update, manager_dict, event_roundtrip, cpu_speedup, cpu_small_tasks,
            worker_private_mb, shared_memory_copy]


# Function name -> workload name where they differ, so --only takes the printed names.
WORKLOAD_NAMES = {
    "pool_map": "pool_map_small", "pool_map_payload": "pool_map_1k_payload",
    "array_update": "array_update_1m", "manager_dict": "manager_dict_set",
    "cpu_speedup": "cpu_speedup_2_workers",
}


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--cpu-speedup-run":
        cpu_speedup_run(sys.argv[2], int(sys.argv[3]))
        return
    method = sys.argv[1] if len(sys.argv) > 1 else "fork"
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    only = set(sys.argv[3].split(",")) if len(sys.argv) > 3 and sys.argv[3] else None
    ctx = mp.get_context(method)
    for w in workloads(ctx):
        if only is not None and w.__name__ not in only and WORKLOAD_NAMES.get(w.__name__) not in only:
            continue
        results = [w() for _ in range(reps)]
        name, unit = results[0][0], results[0][2]
        value = statistics.median(r[1] for r in results)
        print(f"{name}\t{value:.2f}\t{unit}", flush=True)
        if name in NOTES:
            print(f"#\t{name}\t{NOTES[name]}", flush=True)


if __name__ == "__main__":
    main()
