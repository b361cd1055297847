package app;

import dev.jmp.ProcessTask;
import dev.jmp.manager.BarrierProxy;
import dev.jmp.manager.DictProxy;
import dev.jmp.manager.LockProxy;
import dev.jmp.manager.QueueProxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Tasks that run on the members, with the cluster manager's proxies as arguments. */
public class Roles {

    /**
     * Two producer threads: each puts {@code count} distinct numbers (the first from {@code first},
     * the second from {@code first + count}), then one end mark (-1).
     */
    @ProcessTask
    public static void produce(QueueProxy<Integer> queue, int first, int count) throws Exception {
        inThreads(2, t -> {
            for (int i = first + t * count; i < first + (t + 1) * count; i++) {
                queue.put(i);
            }
            queue.put(-1);
        });
    }

    /**
     * Two consumer threads: each takes numbers until an end mark, recording each in {@code taken}
     * as taken by it, where it runs; a number taken twice fails the task.
     */
    @ProcessTask
    public static void consume(QueueProxy<Integer> queue, DictProxy<Integer, String> taken, String name)
            throws Exception {
        inThreads(2, t -> {
            for (int n; (n = queue.take()) != -1; ) {
                String before = taken.putIfAbsent(n, name + "-" + t + "@" + where());
                if (before != null) {
                    throw new IllegalStateException(n + " taken twice: by " + before + " and " + name + "-" + t);
                }
            }
        });
    }

    interface Body {
        void run(int thread) throws Exception;
    }

    private static void inThreads(int count, Body body) throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new CopyOnWriteArrayList<>();
        for (int t = 0; t < count; t++) {
            int thread = t;
            threads.add(new Thread(() -> {
                try {
                    body.run(thread);
                } catch (Exception e) {
                    failures.add(e);
                }
            }, "role-" + t));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    /** Takes {@code lock}, says where it runs in {@code started}, and keeps the lock until killed. */
    @ProcessTask
    public static void holdLock(LockProxy lock, String started) throws Exception {
        lock.lock();
        announce(started);
        Thread.sleep(Long.MAX_VALUE);
    }

    /**
     * Says where it runs in {@code started}, then waits at {@code barrier} until killed: longer
     * than the barrier's own timeout, which is the other parties'.
     */
    @ProcessTask
    public static void awaitBarrier(BarrierProxy barrier, String started) throws Exception {
        announce(started);
        barrier.await(Duration.ofMinutes(10));
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void announce(String started) throws Exception {
        Path written = Path.of(started + ".tmp");
        Files.writeString(written, where());
        Files.move(written, Path.of(started), StandardCopyOption.ATOMIC_MOVE);
    }

    static String where() {
        return System.getProperty("jmp.cluster.member");
    }
}
