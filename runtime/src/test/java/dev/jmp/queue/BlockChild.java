package dev.jmp.queue;

import static dev.jmp.shm.Handles.decode;

import dev.jmp.sync.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The main class of the child JVMs that put and get checked blocks ({@link QueueChild#block}) of
 * many sizes, so that a queue spills past its ring. A block's id is {@code producer * }
 * {@link #PER_PRODUCER} {@code + sequence}; argument 0 names what to do.
 */
public final class BlockChild {

    static final int PER_PRODUCER = 1_000_000;
    static final int END = -1;

    private BlockChild() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        Queue<byte[]> q = decode(args[1], Queue.class);
        switch (args[0]) {
            case "put-range" -> { // from, count, size
                int from = Integer.parseInt(args[2]);
                for (int i = 0, n = Integer.parseInt(args[3]); i < n; i++) {
                    q.put(QueueChild.block(from + i, Integer.parseInt(args[4])));
                }
            }
            case "produce" -> { // producer, count, then the gate to wait for after the first `before`
                int producer = Integer.parseInt(args[2]);
                int count = Integer.parseInt(args[3]);
                Event gate = args.length > 4 ? decode(args[4], Event.class) : null;
                int before = args.length > 5 ? Integer.parseInt(args[5]) : count;
                for (int i = 0; i < count; i++) {
                    if (i == before && !gate.await(QueueChild.ORPHAN_LIMIT)) {
                        throw new IllegalStateException("the gate never opened");
                    }
                    q.put(QueueChild.block(producer * PER_PRODUCER + i, sizeOf(producer, i)));
                }
            }
            case "produce-until-killed" -> { // producer, size
                int producer = Integer.parseInt(args[2]);
                long end = System.nanoTime() + QueueChild.ORPHAN_LIMIT.toNanos();
                for (int i = 0; System.nanoTime() < end; i++) {
                    q.put(QueueChild.block(producer * PER_PRODUCER + i, Integer.parseInt(args[3])));
                }
                System.exit(3);
            }
            case "consume" -> {
                List<Integer> ids = new ArrayList<>();
                for (int id; (id = QueueChild.checkBlock(q.get(QueueChild.ORPHAN_LIMIT))) != END; ) {
                    ids.add(id);
                }
                System.out.println("ids " + ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
        System.out.println("done");
    }

    /** The size of a producer's block {@code i}: from 8 to 128 KiB, spread over the range. */
    static int sizeOf(int producer, int i) {
        return 8 * 1024 + (int) ((i * 7919L + producer * 104_729L) % (120 * 1024 + 1));
    }

    /** The block that tells a consumer to stop. */
    static byte[] end() {
        return QueueChild.block(END, 16);
    }
}
