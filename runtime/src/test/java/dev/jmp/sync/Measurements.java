package dev.jmp.sync;

import dev.jmp.shm.ChildJvm;
import dev.jmp.shm.Handles;
import dev.jmp.shm.LongValue;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Rough timings of the primitives, without JMH: run it by hand with the test class path,
 * {@code java -cp target/classes:target/test-classes dev.jmp.sync.Measurements}. Not a test:
 * the numbers depend on the machine and on what else runs on it.
 */
public final class Measurements {

    private Measurements() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("jmp-measure");
        System.setProperty("jmp.shm.dir", dir.toString());
        try (Lock lock = Lock.create(); LongValue value = LongValue.createRaw(0)) {
            int n = 20_000_000;
            for (int round = 0; round < 3; round++) {
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    lock.acquire();
                    lock.release();
                }
                long lockNanos = System.nanoTime() - start;
                start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    value.compareAndSet(i, i + 1);
                }
                long casNanos = System.nanoTime() - start;
                start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    value.addAndGet(1);
                }
                long addNanos = System.nanoTime() - start;
                System.out.printf("uncontended lock acquire+release: %.1f ns, CAS: %.1f ns, addAndGet: %.1f ns%n",
                        (double) lockNanos / n, (double) casNanos / n, (double) addNanos / n);
            }
        }
        pingPong(Integer.parseInt(args.length > 0 ? args[0] : "20000"));
        idleWaiter(Duration.ofSeconds(5));
        Files.list(dir).forEach(f -> System.out.println("left behind: " + f));
        Files.delete(dir);
    }

    /** Round trips: this process sets ping and waits for pong; the child answers each ping. */
    private static void pingPong(int rounds) throws Exception {
        try (Event ping = Event.create(); Event pong = Event.create()) {
            ChildJvm child = ChildJvm.start(ChildMain.class, "event-pong", Handles.encode(ping),
                    Handles.encode(pong), Integer.toString(rounds));
            long start = 0;
            for (int i = 0; i < rounds; i++) {
                if (i == rounds / 2) {
                    start = System.nanoTime();
                }
                ping.set();
                if (!pong.await(Duration.ofSeconds(60))) {
                    throw new IllegalStateException("no pong; child said:\n" + child.output());
                }
                pong.clear();
            }
            long perRoundTrip = (System.nanoTime() - start) / (rounds - rounds / 2);
            child.awaitExit(Duration.ofSeconds(60));
            System.out.printf("cross-process Event ping-pong: %.1f us per round trip%n", perRoundTrip / 1000.0);
        }
    }

    /** CPU used by this whole JVM, and by the waiting thread alone, while one thread waits. */
    private static void idleWaiter(Duration idle) throws Exception {
        try (Event never = Event.create()) {
            never.await(Duration.ofMillis(200));
            var threads = ManagementFactory.getThreadMXBean();
            Duration processBefore = ProcessHandle.current().info().totalCpuDuration().orElseThrow();
            long threadBefore = threads.getCurrentThreadCpuTime();
            never.await(idle);
            long threadNanos = threads.getCurrentThreadCpuTime() - threadBefore;
            Duration process = ProcessHandle.current().info().totalCpuDuration().orElseThrow().minus(processBefore);
            System.out.printf("idle waiter for %s: waiting thread %.3f%% of a core, whole JVM %.3f%%%n", idle,
                    100.0 * threadNanos / idle.toNanos(), 100.0 * process.toNanos() / idle.toNanos());
        }
    }
}
