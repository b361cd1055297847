package dev.jmp.bench.floor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The floor of {@code queue_small} and {@code queue_1k}: a child JVM puts {@code n} records (the
 * int 7, or 1 KiB of bytes) and an end record into a ring of 16 MiB (jmp's queue ring size) in a
 * mapped file of {@code /dev/shm}; the parent takes them out (the int, or a copy of the bytes)
 * until the end. Records as jmp's ring lays them out: an int length and the payload at 8-byte
 * aligned offsets, never wrapped; the tail and head published with release stores, a full or
 * empty ring waited out with the runtime's back-off. One producer and one consumer, so no lock
 * (jmp's queue takes a producers' and a consumers' lock per item, and encodes the item). Items per
 * second from the child's start until the parent has the end record.
 */
final class QueueFloor implements Floor {

    private static final int RING = 16 << 20;
    private static final int TAIL = 0;
    private static final int HEAD = 64;
    private static final int DATA = 4096;
    private static final int END = -1;
    private static final int WRAP = -2;

    private final String name;
    private final int n;
    private final int payloadBytes;

    private QueueFloor(String name, int n, int payloadBytes) {
        this.name = name;
        this.n = n;
        this.payloadBytes = payloadBytes;
    }

    static QueueFloor small() {
        return new QueueFloor("queue_small", 200_000, 0);
    }

    static QueueFloor kilobyte() {
        return new QueueFloor("queue_1k", 50_000, 1024);
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
    public double measure(boolean warm) throws Exception {
        try (SharedFile file = SharedFile.create("queue", DATA + RING);
             FloorJvm child = FloorJvm.prepare(warm, 1, "produce", file.path(), Integer.toString(n),
                     Integer.toString(payloadBytes))) {
            ByteBuffer ring = file.buffer();
            long start = System.nanoTime();
            child.start();
            long head = 0;
            long tail = 0;
            int items = 0;
            long sum = 0;
            while (true) {
                if (head == tail) {
                    tail = (long) SharedFile.LONG.getAcquire(ring, TAIL);
                    Backoff backoff = new Backoff();
                    while (head == tail) {
                        backoff.pause();
                        tail = (long) SharedFile.LONG.getAcquire(ring, TAIL);
                    }
                }
                int pos = (int) (head & (RING - 1));
                int length = (int) SharedFile.INT.get(ring, DATA + pos);
                if (length == END) {
                    break;
                }
                if (length == WRAP) {
                    head += RING - pos;
                } else {
                    if (payloadBytes == 0) {
                        sum += (int) SharedFile.INT.get(ring, DATA + pos + 4);
                    } else {
                        byte[] item = new byte[length];
                        ring.get(DATA + pos + 4, item);
                        sum += item[length - 1];
                    }
                    items++;
                    head += record(length);
                }
                SharedFile.LONG.setRelease(ring, HEAD, head);
            }
            double rate = n / ((System.nanoTime() - start) / 1e9);
            child.waitFor();
            if (items != n || sum != (payloadBytes == 0 ? 7L : 'x') * n) {
                throw new IllegalStateException("took " + items + " of " + n + " items, or wrong ones");
            }
            return rate;
        }
    }

    private static int record(int payload) {
        return (4 + payload + 7) & ~7;
    }

    /** The producer: {@code args[1]} items of {@code args[2]} bytes (0: the int 7) into the ring of file {@code args[0]}. */
    static void child(String[] args) throws IOException {
        ByteBuffer ring = SharedFile.open(args[0]).buffer();
        int n = Integer.parseInt(args[1]);
        int bytes = Integer.parseInt(args[2]);
        byte[] payload = new byte[bytes];
        Arrays.fill(payload, (byte) 'x');
        int length = bytes == 0 ? 4 : bytes;
        long tail = 0;
        long head = 0;
        for (int i = 0; i <= n; i++) {
            int record = i < n ? record(length) : 8;
            int pos = (int) (tail & (RING - 1));
            int wrap = pos + record > RING ? RING - pos : 0;
            if (tail + wrap + record - head > RING) {
                head = (long) SharedFile.LONG.getAcquire(ring, HEAD);
                Backoff backoff = new Backoff();
                while (tail + wrap + record - head > RING) {
                    backoff.pause();
                    head = (long) SharedFile.LONG.getAcquire(ring, HEAD);
                }
            }
            if (wrap > 0) {
                SharedFile.INT.set(ring, DATA + pos, WRAP);
                tail += wrap;
                pos = 0;
            }
            if (i == n) {
                SharedFile.INT.set(ring, DATA + pos, END);
            } else if (bytes == 0) {
                SharedFile.INT.set(ring, DATA + pos, 4);
                SharedFile.INT.set(ring, DATA + pos + 4, 7);
            } else {
                SharedFile.INT.set(ring, DATA + pos, bytes);
                ring.put(DATA + pos + 4, payload);
            }
            tail += record;
            SharedFile.LONG.setRelease(ring, TAIL, tail);
        }
    }
}
