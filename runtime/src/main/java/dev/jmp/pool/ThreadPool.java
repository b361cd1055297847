package dev.jmp.pool;

import dev.jmp.Multiprocessing;
import dev.jmp.Task;

/**
 * A {@link Pool} whose workers are threads of this JVM; Python's
 * {@code multiprocessing.pool.ThreadPool}, and {@code new Pool(n, Multiprocessing.dummy())} by
 * another name. It runs the same {@link dev.jmp.ProcessTask} tasks with the same verbs, results
 * and exceptions: arguments are encoded and results decoded as for a process, so a program can
 * switch between the two by changing one line. For I/O-bound work, where threads wait rather
 * than compute, for tests, and to measure what processes cost. A task that blocks its thread
 * forever cannot be killed: {@link #terminate()} interrupts it and leaves the thread behind.
 *
 * <pre>{@code
 * try (Pool pool = new ThreadPool(16)) {
 *     List<String> pages = pool.map(FetchTasks::fetch, urls);
 * }
 * }</pre>
 */
public final class ThreadPool extends Pool {

    /** One worker thread per CPU. */
    public ThreadPool() {
        this(Multiprocessing.cpuCount());
    }

    /** {@code threads} worker threads. */
    public ThreadPool(int threads) {
        this(threads, null);
    }

    /** Worker threads that each run {@code initializer} (null for none) once, before any task. */
    public ThreadPool(int threads, Task<?> initializer) {
        super(threads, initializer, 0, Multiprocessing.dummy());
    }
}
