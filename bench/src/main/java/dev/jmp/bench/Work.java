package dev.jmp.bench;

import dev.jmp.ProcessTask;
import dev.jmp.connection.Connection;
import dev.jmp.queue.Queue;
import java.io.IOException;
import java.nio.ByteBuffer;

import dev.jmp.manager.DictProxy;
import dev.jmp.shm.DoubleArray;
import dev.jmp.shm.IntValue;
import dev.jmp.shm.SharedMemory;
import dev.jmp.sync.Event;
import dev.jmp.sync.ProcessLock;

/**
 * The tasks the workloads run in child processes, twins of the functions of
 * {@code bench/python/py_baseline.py}; the processor generates {@code WorkTasks}.
 */
public final class Work {

    private Work() {}

    /** Python's {@code noop}: start + join cost alone. */
    @ProcessTask
    public static void noop() {
        // nothing: the workload measures the process, not the task
    }

    /** Python's {@code incr}: {@code with v.get_lock(): v.value += 1}, {@code n} times. */
    @ProcessTask
    public static void incr(IntValue v, int n) {
        ProcessLock lock = v.getLock();
        for (int i = 0; i < n; i++) {
            lock.acquire();
            try {
                v.set(v.get() + 1);
            } finally {
                lock.release();
            }
        }
    }

    /** Python's {@code array_touch}: {@code arr[i] += 1.0} for every element. */
    @ProcessTask
    public static void arrayTouch(DoubleArray arr) {
        for (int i = 0; i < arr.length(); i++) {
            arr.set(i, arr.get(i) + 1.0);
        }
    }

    /** Python's {@code ev_pong}: wait for {@code a}, clear it, set {@code b}; {@code n} times. */
    @ProcessTask
    public static void evPong(Event a, Event b, int n) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            a.await();
            a.clear();
            b.set();
        }
    }

    /** Python's {@code fill_block}: attaches to block {@code name} and copies a 1 MiB pattern over it. */
    @ProcessTask
    public static void fillBlock(String name, long size) {
        byte[] chunk = new byte[1 << 20];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = (byte) i;
        }
        try (SharedMemory shm = SharedMemory.attach(name)) {
            ByteBuffer buf = shm.buffer();
            for (int offset = 0; offset < size; offset += chunk.length) {
                buf.put(offset, chunk, 0, (int) Math.min(chunk.length, size - offset));
            }
        }
    }

    /** Python's {@code producer} with an int payload: {@code n} puts, then null as the end. */
    @ProcessTask
    public static void produceInts(Queue<Integer> q, int n, int payload) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            q.put(payload);
        }
        q.put(null);
    }

    /** Python's {@code producer} with a bytes payload. */
    @ProcessTask
    public static void produceBytes(Queue<byte[]> q, int n, byte[] payload) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            q.put(payload);
        }
        q.put(null);
    }

    /** Python's {@code echo}: sends back each of {@code n} messages. */
    @ProcessTask
    public static void echo(Connection<Integer> conn, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            conn.send(conn.recv());
        }
    }

    /** Python's {@code dict_writer}: {@code d[i] = i} for i below {@code n}, on a manager's dict. */
    @ProcessTask
    public static void dictWriter(DictProxy<Integer, Integer> d, int n) {
        for (int i = 0; i < n; i++) {
            d.put(i, i);
        }
    }

    /** Python's {@code square}. */
    @ProcessTask
    public static int square(int x) {
        return x * x;
    }

    /** Python's built-in {@code len}, for {@code pool_map_1k_payload}. */
    @ProcessTask
    public static int len(String s) {
        return s.length();
    }

    /** Python's {@code burn}: the sum of {@code i * i} for {@code i < n}, CPU work. */
    @ProcessTask
    public static long burn(int n) {
        long s = 0;
        for (long i = 0; i < n; i++) {
            s += i * i;
        }
        return s;
    }

    /** Python's {@code worker_pid}: sleeps, so that each idle worker takes one of a batch, then its pid. */
    @ProcessTask
    public static long workerPid(int millis) throws InterruptedException {
        Thread.sleep(millis);
        return ProcessHandle.current().pid();
    }
}
