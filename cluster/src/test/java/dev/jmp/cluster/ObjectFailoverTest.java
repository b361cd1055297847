package dev.jmp.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Multiprocessing;
import dev.jmp.StartMethod;
import dev.jmp.manager.LockProxy;
import dev.jmp.manager.Manager;
import dev.jmp.manager.QueueProxy;
import dev.jmp.manager.SemaphoreProxy;
import dev.jmp.manager.SyncManager;
import dev.jmp.manager.ValueProxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The member that owns an object's entry dies (terminated, as a crash ends it for the others) while
 * the driver's threads have calls on the object in flight: every call completes on the partition's
 * new owner, once in effect. Each test ends one of three members and starts another in its place.
 */
class ObjectFailoverTest {

    private static final int THREADS = 4;

    @TempDir
    static Path dir;

    static TestCluster cluster;
    static SyncManager manager;
    final List<Throwable> failures = new CopyOnWriteArrayList<>();
    final List<Thread> threads = new ArrayList<>();

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = TestCluster.start(3, 1, dir);
        manager = Manager.cluster(Multiprocessing.getContext(StartMethod.CLUSTER));
    }

    @AfterAll
    static void stopCluster() {
        try {
            if (manager != null) {
                manager.close();
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    @BeforeEach
    void clusterIsWhole() throws Exception {
        assertTrue(Await.until(cluster::safe), "every partition has its owner and backup");
    }

    @AfterEach
    void noThreadLeft() throws Exception {
        for (Thread t : threads) {
            t.join(Await.LIMIT.toMillis());
        }
    }

    @Test
    void queuePutsAndTakesInFlightWhenItsMemberDiesHappenOnce() throws Exception {
        producersAndConsumers("jobs", () -> {
            Member victim = cluster.owner("n.jobs");
            victim.terminate();
            cluster.replace(victim);
        });
    }

    /** The same, the member a JVM of its own that is SIGKILLed, as the loss of its machine would end it. */
    @Test
    void queuePutsAndTakesInFlightWhenItsMemberJvmIsSigkilledHappenOnce() throws Exception {
        try (MemberJvm jvm = MemberJvm.start(cluster)) {
            assertTrue(Await.until(() -> cluster.members.get(0).hazelcast().getCluster().getMembers().size() == 4
                    && cluster.safe()), "the member JVM joined and holds partitions");
            String[] name = new String[1];
            assertTrue(Await.until(() -> (name[0] = ownedByPort(jvm.port, "jvm-jobs-")) != null),
                    "the member JVM owns partitions");
            producersAndConsumers(name[0], jvm::kill);
        }
    }

    interface Kill {
        void run() throws Exception;
    }

    /**
     * Two producer threads put distinct numbers into a bounded named queue, two consumer threads
     * take them; once a quarter is taken, {@code kill} ends the member owning the queue's entry.
     */
    private void producersAndConsumers(String name, Kill kill) throws Exception {
        int perProducer = 400;
        QueueProxy<Integer> queue = manager.queue(name, 8);
        Map<Integer, Integer> taken = new ConcurrentHashMap<>();
        AtomicInteger takes = new AtomicInteger();
        for (int p = 0; p < THREADS / 2; p++) {
            int first = p * perProducer;
            start(() -> {
                for (int i = first; i < first + perProducer; i++) {
                    queue.put(i);
                }
                queue.put(-1);
            });
        }
        for (int c = 0; c < THREADS / 2; c++) {
            start(() -> {
                for (int n; (n = queue.take()) != -1; ) {
                    taken.merge(n, 1, Integer::sum);
                    takes.incrementAndGet();
                }
            });
        }
        assertTrue(Await.until(() -> takes.get() >= perProducer / 2 || !failures.isEmpty()), "the callers got going");
        kill.run();
        joinAll();
        assertEquals(THREADS / 2 * perProducer, taken.size(), "every number taken");
        assertTrue(taken.values().stream().allMatch(n -> n == 1), "none taken twice");
        assertEquals(0, queue.size(), "nothing left behind");
    }

    @Test
    void incrementsUnderALockInFlightWhenItsMemberDiesCountExactly() throws Exception {
        int perThread = 150;
        ValueProxy<Integer> counter = manager.value(0);
        manager.publish("counter", counter);
        String counterKey = keyOf("counter");
        String lockName = sameOwner(counterKey, "guard-");
        LockProxy lock = manager.lock(lockName);
        AtomicInteger increments = new AtomicInteger();
        for (int t = 0; t < THREADS; t++) {
            start(() -> {
                for (int i = 0; i < perThread; i++) {
                    lock.lock();
                    try {
                        counter.set(counter.get() + 1);
                    } finally {
                        lock.unlock();
                    }
                    increments.incrementAndGet();
                }
            });
        }
        killOwnerOf(counterKey, () -> increments.get() >= perThread);
        joinAll();
        assertEquals(THREADS * perThread, counter.get(), "each increment counted once");
        assertTrue(lock.tryLock(), "the lock is free");
        lock.unlock();
    }

    @Test
    void semaphorePermitsInFlightWhenItsMemberDiesAreConserved() throws Exception {
        int permits = 2;
        int perThread = 150;
        SemaphoreProxy semaphore = manager.boundedSemaphore(permits);
        manager.publish("permits", semaphore);
        AtomicInteger holding = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger rounds = new AtomicInteger();
        for (int t = 0; t < THREADS; t++) {
            start(() -> {
                for (int i = 0; i < perThread; i++) {
                    semaphore.acquire();
                    most.accumulateAndGet(holding.incrementAndGet(), Math::max);
                    holding.decrementAndGet();
                    semaphore.release();
                    rounds.incrementAndGet();
                }
            });
        }
        killOwnerOf(keyOf("permits"), () -> rounds.get() >= perThread);
        joinAll();
        assertEquals(THREADS * perThread, rounds.get());
        assertTrue(most.get() <= permits, "never more holders than permits: " + most.get());
        assertEquals(permits, semaphore.availablePermits(), "every permit back, none made");
    }

    interface Body {
        void run() throws Exception;
    }

    private void start(Body body) {
        Thread thread = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable e) {
                failures.add(e);
            }
        }, "caller-" + threads.size());
        threads.add(thread);
        thread.start();
    }

    private void joinAll() throws InterruptedException {
        for (Thread t : threads) {
            t.join(Await.LIMIT.toMillis());
            assertTrue(!t.isAlive(), t.getName() + " finished");
        }
        if (!failures.isEmpty()) {
            AssertionError error = new AssertionError("a call failed: " + failures.get(0), failures.get(0));
            failures.stream().skip(1).forEach(error::addSuppressed);
            throw error;
        }
    }

    /** Once {@code when} holds (the callers are busy), terminates the member owning {@code key}, and replaces it. */
    private void killOwnerOf(String key, java.util.function.BooleanSupplier when) throws Exception {
        assertTrue(Await.until(() -> when.getAsBoolean() || !failures.isEmpty()), "the callers got going");
        Member victim = cluster.owner(key);
        victim.terminate();
        cluster.replace(victim);
    }

    /** A queue name, {@code prefix} and a number, whose entry the member listening on {@code port} owns; or null. */
    private static String ownedByPort(int port, String prefix) {
        var partitions = cluster.members.get(0).hazelcast().getPartitionService();
        for (int i = 0; i < 1000; i++) {
            var owner = partitions.getPartition("n." + prefix + i).getOwner();
            if (owner != null && owner.getAddress().getPort() == port) {
                return prefix + i;
            }
        }
        return null;
    }

    /** The key in the state map of the object published as {@code name}. */
    private static String keyOf(String name) {
        String ref = cluster.members.get(0).hazelcast().<String, String>getMap("jmp.names").get(name);
        return ref.substring(ref.indexOf(' ') + 1);
    }

    /** A name, {@code prefix} and a number, whose object's entry has the same owner as {@code key}'s. */
    private static String sameOwner(String key, String prefix) {
        Member owner = cluster.owner(key);
        for (int i = 0; ; i++) {
            if (cluster.owner("n." + prefix + i) == owner) {
                return prefix + i;
            }
        }
    }
}
