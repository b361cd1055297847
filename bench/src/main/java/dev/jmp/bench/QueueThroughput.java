package dev.jmp.bench;

import dev.jmp.Process;
import dev.jmp.queue.Queue;
import java.time.Duration;
import java.util.Arrays;

/**
 * {@code queue_small} and {@code queue_1k}: a child process puts {@code n} items (the int 7, or
 * 1 KiB of bytes) and then null on a queue; items per second from just before the child starts
 * until the parent has got the null, as in CPython's twin (so the child's start-up counts).
 */
final class QueueThroughput implements Workload {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final String name;
    private final int n;
    private final int payloadBytes;

    private QueueThroughput(String name, int n, int payloadBytes) {
        this.name = name;
        this.n = n;
        this.payloadBytes = payloadBytes;
    }

    /** 200k small items. */
    static QueueThroughput small() {
        return new QueueThroughput("queue_small", 200_000, 0);
    }

    /** 50k items of 1 KiB. */
    static QueueThroughput kilobyte() {
        return new QueueThroughput("queue_1k", 50_000, 1024);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String unit() {
        return "per_s";
    }

    @Override
    public double measure() throws Exception {
        if (payloadBytes == 0) {
            try (Queue<Integer> q = Queue.create(Integer.class)) {
                return drain(q, new Process(WorkTasks.produceInts(q, n, 7)));
            }
        }
        byte[] payload = new byte[payloadBytes];
        Arrays.fill(payload, (byte) 'x');
        try (Queue<byte[]> q = Queue.create(byte[].class)) {
            return drain(q, new Process(WorkTasks.produceBytes(q, n, payload)));
        }
    }

    /**
     * Starts the producer and gets until its end marker; items per second. Each get has a
     * generous timeout so that a producer that failed to start fails the run instead of hanging it.
     */
    private double drain(Queue<?> q, Process producer) throws Exception {
        long start = System.nanoTime();
        producer.start();
        while (q.get(PATIENCE) != null) {
            // until the end marker
        }
        double rate = n / ((System.nanoTime() - start) / 1e9);
        producer.join();
        return rate;
    }
}
