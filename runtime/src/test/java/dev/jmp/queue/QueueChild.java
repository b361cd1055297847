package dev.jmp.queue;

import static dev.jmp.shm.Handles.decode;

import java.time.Duration;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * The main class that cross-process queue tests run in child JVMs: argument 0 names what to do,
 * the rest are queue handles (see {@link dev.jmp.shm.Handles}) and numbers. Children meant to be
 * killed give up on their own after {@link #ORPHAN_LIMIT}.
 */
public final class QueueChild {

    static final Duration ORPHAN_LIMIT = Duration.ofSeconds(60);

    private QueueChild() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "produce" -> { // ids: producer << 32 | sequence
                Queue<Long> q = decode(args[1], Queue.class);
                long producer = Long.parseLong(args[2]);
                for (long i = 0, n = Long.parseLong(args[3]); i < n; i++) {
                    q.put(producer << 32 | i);
                }
            }
            case "consume" -> consume(decode(args[1], Queue.class));
            case "put-blocks-and-exit" -> {
                Queue<byte[]> q = decode(args[1], Queue.class);
                for (int i = 0, n = Integer.parseInt(args[2]); i < n; i++) {
                    q.put(block(i, Integer.parseInt(args[3])));
                }
            }
            case "put-blocks-until-killed" -> {
                Queue<byte[]> q = decode(args[1], Queue.class);
                long end = System.nanoTime() + ORPHAN_LIMIT.toNanos();
                for (int i = 0; System.nanoTime() < end; i++) {
                    q.put(block(i, Integer.parseInt(args[2])));
                }
                System.exit(3);
            }
            case "work-joinable" -> {
                JoinableQueue<String> q = decode(args[1], JoinableQueue.class);
                SimpleQueue<String> results = decode(args[2], SimpleQueue.class);
                for (String item; (item = q.get()) != null; ) {
                    results.put(item.toUpperCase());
                    q.taskDone();
                }
                q.taskDone();
            }
            case "get-until-shut-down" -> {
                Queue<String> q = decode(args[1], Queue.class);
                try {
                    while (true) {
                        System.out.println("got " + q.get());
                    }
                } catch (QueueShutDownException e) {
                    System.out.println("shut down: " + e.getMessage());
                }
            }
            case "shut-down-immediately" -> decode(args[1], JoinableQueue.class).shutdown(true);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
        System.out.println("done");
    }

    /** Gets ids until a negative one; prints per producer: count, sum and whether FIFO held. */
    private static void consume(Queue<Long> q) throws InterruptedException {
        long[] count = new long[8];
        long[] sum = new long[8];
        long[] last = new long[8];
        Arrays.fill(last, -1);
        boolean fifo = true;
        for (long id; (id = q.get(ORPHAN_LIMIT)) >= 0; ) {
            int producer = (int) (id >>> 32);
            long seq = id & 0xffffffffL;
            fifo &= seq > last[producer];
            last[producer] = seq;
            count[producer]++;
            sum[producer] += seq;
        }
        for (int p = 0; p < count.length; p++) {
            System.out.println("producer " + p + " " + count[p] + " " + sum[p]);
        }
        System.out.println("fifo " + fifo);
    }

    /** {@code size} bytes: the sequence number, a CRC of the rest, and bytes derived from both. */
    static byte[] block(int seq, int size) {
        byte[] bytes = new byte[size];
        for (int i = 12; i < size; i++) {
            bytes[i] = (byte) (seq * 31 + i);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 12, size - 12);
        java.nio.ByteBuffer.wrap(bytes).putInt(seq).putLong(crc.getValue());
        return bytes;
    }

    /** The sequence number of an intact block; throws if any byte is wrong. */
    static int checkBlock(byte[] bytes) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
        int seq = b.getInt();
        long expected = b.getLong();
        CRC32 crc = new CRC32();
        crc.update(bytes, 12, bytes.length - 12);
        if (crc.getValue() != expected || !Arrays.equals(bytes, block(seq, bytes.length))) {
            throw new AssertionError("torn block " + seq);
        }
        return seq;
    }
}
