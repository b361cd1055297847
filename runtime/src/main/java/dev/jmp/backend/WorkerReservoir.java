package dev.jmp.backend;

import dev.jmp.base.ShutdownSequence;
import dev.jmp.internal.TaskCall;
import dev.jmp.launch.CurrentProcess;
import dev.jmp.launch.parent.ChildProcess;
import dev.jmp.link.FrameChannel;
import dev.jmp.link.Retire;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The process-wide reservoir of pool workers whose pool was done with them, as loky's reusable
 * executor keeps its workers: the next pool or executor whose workers would be started the same
 * way takes them, warm, instead of starting JVMs. Workers are kept per {@link Key}, everything
 * that makes two workers interchangeable, and the most recently parked is taken first, so that
 * the others reach their idle timeout when fewer are needed. A parked worker is retired when its
 * idle timeout passes, dropped when it dies, and, being a daemon child, terminated at exit with
 * the others; {@link #releaseAll} retires them all at once.
 *
 * <p>A worker is in the reservoir or held by one {@link LocalWorker}, never both: {@link #take}
 * removes it under the reservoir's lock, and the worker that parked it no longer acts on its
 * process.
 */
final class WorkerReservoir {

    /**
     * What makes two workers interchangeable: the {@code java} that runs them, their class path,
     * the JVM options their backend adds, and the initializer they ran (its entry and encoded
     * arguments): a worker that ran one pool's initializer serves only a pool with the same one,
     * and a worker of a pool without one only such a pool. The environment and working directory
     * of workers are the parent's, so they are the same for all.
     */
    record Key(String javaExecutable, String classPath, List<String> jvmOptions, Optional<String> initializer,
               ByteBuffer initializerArguments) {

        static Key of(List<String> jvmOptions, Optional<TaskCall> initializer) {
            return new Key(CurrentProcess.javaExecutable(), System.getProperty("java.class.path"),
                    List.copyOf(jvmOptions), initializer.map(TaskCall::entryClass),
                    ByteBuffer.wrap(initializer.map(TaskCall::arguments).orElse(new byte[0])).asReadOnlyBuffer());
        }
    }

    /** A worker waiting for its next pool on its control channel. */
    record Parked(ChildProcess child, FrameChannel channel) {}

    private static final Map<Key, Deque<Parked>> PARKED = new HashMap<>();
    private static final Map<ChildProcess, ScheduledFuture<?>> EXPIRIES = new HashMap<>();
    private static final ScheduledThreadPoolExecutor KEEPER = keeper();

    private WorkerReservoir() {}

    private static ScheduledThreadPoolExecutor keeper() {
        ScheduledThreadPoolExecutor keeper = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "jmp-worker-reservoir");
            thread.setDaemon(true);
            return thread;
        });
        keeper.setRemoveOnCancelPolicy(true);
        return keeper;
    }

    /**
     * Keeps {@code worker}, parked, for the next pool with workers of {@code key}, for at most
     * {@code idleTimeout}; retires it instead when the JVM is exiting.
     */
    static void offer(Key key, Parked worker, Duration idleTimeout) {
        synchronized (WorkerReservoir.class) {
            if (!ShutdownSequence.hasStarted() && worker.child().isAlive()) {
                PARKED.computeIfAbsent(key, k -> new ArrayDeque<>()).push(worker);
                EXPIRIES.put(worker.child(), KEEPER.schedule(() -> expire(key, worker), idleTimeout.toMillis(),
                        TimeUnit.MILLISECONDS));
                return;
            }
        }
        retire(worker);
    }

    /**
     * A parked worker of {@code key}, now the caller's alone and no longer parked; null when there
     * is none. A worker that died while parked is never returned.
     */
    static Parked take(Key key) {
        synchronized (WorkerReservoir.class) {
            Deque<Parked> parked = PARKED.get(key);
            Parked worker;
            while (parked != null && (worker = parked.poll()) != null) {
                cancelExpiry(worker);
                if (worker.child().isAlive()) {
                    return worker;
                }
            }
            return null;
        }
    }

    /**
     * Retires every parked worker and waits up to {@code timeout} until they are gone; returns
     * whether they were.
     */
    static boolean releaseAll(Duration timeout) throws InterruptedException {
        List<Parked> all = new ArrayList<>();
        synchronized (WorkerReservoir.class) {
            for (Deque<Parked> parked : PARKED.values()) {
                all.addAll(parked);
                parked.clear();
            }
            all.forEach(WorkerReservoir::cancelExpiry);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Parked worker : all) {
            retire(worker);
        }
        for (Parked worker : all) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0 || !worker.child().await(left)) {
                return false;
            }
        }
        return true;
    }

    /** Workers parked now, for tests and diagnostics. */
    static synchronized int size() {
        return PARKED.values().stream().mapToInt(Deque::size).sum();
    }

    private static void expire(Key key, Parked worker) {
        synchronized (WorkerReservoir.class) {
            Deque<Parked> parked = PARKED.get(key);
            if (parked == null || !parked.remove(worker)) {
                return; // taken meanwhile
            }
            EXPIRIES.remove(worker.child());
        }
        retire(worker);
    }

    /** Drops {@code child}, which died while parked (or had just been taken). */
    static void forget(Key key, ChildProcess child) {
        synchronized (WorkerReservoir.class) {
            Deque<Parked> parked = PARKED.get(key);
            if (parked != null && parked.removeIf(p -> p.child() == child)) {
                ScheduledFuture<?> expiry = EXPIRIES.remove(child);
                if (expiry != null) {
                    expiry.cancel(false);
                }
            }
        }
    }

    /** Under the lock. */
    private static void cancelExpiry(Parked worker) {
        ScheduledFuture<?> expiry = EXPIRIES.remove(worker.child());
        if (expiry != null) {
            expiry.cancel(false);
        }
    }

    /** Lets a parked worker exit as a retired one does; one that cannot be told is killed. */
    private static void retire(Parked worker) {
        try {
            worker.channel().write(new Retire());
        } catch (IOException e) {
            worker.child().signal(true);
        }
    }
}
