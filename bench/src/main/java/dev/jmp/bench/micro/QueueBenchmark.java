package dev.jmp.bench.micro;

import dev.jmp.connection.Connection;
import dev.jmp.connection.Pipe;
import dev.jmp.queue.Queue;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Control;

/**
 * The paths under {@code queue_small}, {@code queue_1k} and {@code pipe_roundtrip} once the JIT
 * is warm and without a process start: an item through a queue (put then get, one thread), and a
 * round trip through a pipe between two threads (the same shared memory a child would use).
 */
@State(Scope.Group)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class QueueBenchmark {

    private static final Duration SLICE = Duration.ofMillis(1);

    private Queue<Integer> small;
    private Queue<byte[]> kilobytes;
    private final byte[] kilobyte = new byte[1024];
    private Pipe<Integer> pipe;

    @Setup
    public void create() {
        small = Queue.create(Integer.class);
        kilobytes = Queue.create(byte[].class);
        pipe = Pipe.create(Integer.class);
    }

    @TearDown
    public void close() {
        small.close();
        kilobytes.close();
        pipe.close();
    }

    @Benchmark
    @Group("queueSmall")
    public Integer putGetSmall() throws InterruptedException {
        small.put(7);
        return small.get();
    }

    @Benchmark
    @Group("queue1k")
    public byte[] putGet1k() throws InterruptedException {
        kilobytes.put(kilobyte);
        return kilobytes.get();
    }

    /** One round trip: send, then receive the echo. */
    @Benchmark
    @Group("pipeRoundtrip")
    @GroupThreads(1)
    public void ping(Control control) throws IOException {
        Connection<Integer> conn = pipe.first();
        conn.send(1);
        while (!control.stopMeasurement && !conn.poll(SLICE)) {
            // the echo thread stops at the end of an iteration; do not wait for it then
        }
        if (conn.poll()) {
            conn.recv();
        }
    }

    /** The echo side of {@link #ping}. */
    @Benchmark
    @Group("pipeRoundtrip")
    @GroupThreads(1)
    public void pong(Control control) throws IOException {
        Connection<Integer> conn = pipe.second();
        while (!control.stopMeasurement) {
            if (conn.poll(SLICE)) {
                conn.send(conn.recv());
                return;
            }
        }
    }
}
