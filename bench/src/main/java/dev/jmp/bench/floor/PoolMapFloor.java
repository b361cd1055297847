package dev.jmp.bench.floor;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The floors of {@code pool_map_small} and {@code pool_map_1k_payload}: two worker JVMs
 * ({@link FloorWorkers}, started untimed), a map cut into Python's default chunks (four per
 * worker), each chunk one frame to the next free worker and one answer back, after an untimed
 * warm-up map as the workload's. {@code pool_map_small}: {@code range(200k)} as raw ints, their
 * squares back; {@code pool_map_1k_payload}: 20k references to one 1 KiB string, each chunk
 * carrying the string's UTF-8 bytes once and a reference per item (jmp's chunk memo, pickle's
 * too), the lengths back. Items per second of the timed map, the input built inside
 * it as the workload builds its list. No boxing, no codec: the arguments and results are raw.
 *
 * <p>Before it, the same map runs {@value #WARM_UP_MAPS} times untimed, so that both sides' loops
 * are compiled, as jmp's workers have compiled theirs before they take work (its warm-up). A plain
 * worker that has not is no floor: interpreted, it takes about 10 µs to decode one 1 KiB string
 * (measured, 2026-12-05), 20 times what jmp's whole map costs an item.
 */
final class PoolMapFloor implements Floor {

    private static final int WORKERS = 2;
    private static final int CHUNKS_PER_WORKER = 4;
    private static final int WARM_UP_MAPS = 10;

    private final boolean payload;

    private PoolMapFloor(boolean payload) {
        this.payload = payload;
    }

    static PoolMapFloor small() {
        return new PoolMapFloor(false);
    }

    static PoolMapFloor payload() {
        return new PoolMapFloor(true);
    }

    @Override
    public String name() {
        return payload ? "pool_map_1k_payload" : "pool_map_small";
    }

    @Override
    public String unit() {
        return "per_s";
    }

    @Override
    public String fixedMethod() {
        return "any";
    }

    @Override
    public double measure(boolean warm) throws Exception {
        try (FloorWorkers workers = FloorWorkers.start(WORKERS)) {
            if (payload) {
                List<String> data = Collections.nCopies(20_000, "x".repeat(1024));
                lengths(workers, data.subList(0, 100));
                for (int i = 0; i < WARM_UP_MAPS; i++) {
                    lengths(workers, data);
                }
                long start = System.nanoTime();
                lengths(workers, data);
                return data.size() / ((System.nanoTime() - start) / 1e9);
            }
            squares(workers, 1000);
            int n = 200_000;
            for (int i = 0; i < WARM_UP_MAPS; i++) {
                squares(workers, n);
            }
            long start = System.nanoTime();
            squares(workers, n);
            return n / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static void squares(FloorWorkers workers, int n) throws Exception {
        int[] range = new int[n];
        for (int i = 0; i < n; i++) {
            range[i] = i;
        }
        int size = chunkSize(n);
        List<ByteBuffer> frames = new ArrayList<>();
        List<Integer> answers = new ArrayList<>();
        for (int from = 0; from < n; from += size) {
            int count = Math.min(size, n - from);
            ByteBuffer frame = FloorWorkers.frame(FloorWorker.SQUARE, count, 4 * count);
            for (int i = from; i < from + count; i++) {
                frame.putInt(range[i]);
            }
            frames.add(frame.flip());
            answers.add(4 * count);
        }
        int[] results = new int[n];
        int i = 0;
        for (ByteBuffer answer : workers.run(frames, answers.stream().mapToInt(Integer::intValue).toArray())) {
            while (answer.hasRemaining()) {
                results[i++] = answer.getInt();
            }
        }
        if (results[n - 1] != (n - 1) * (n - 1)) {
            throw new IllegalStateException("wrong square of " + (n - 1));
        }
    }

    private static void lengths(FloorWorkers workers, List<String> data) throws Exception {
        int n = data.size();
        int size = chunkSize(n);
        List<ByteBuffer> frames = new ArrayList<>();
        List<Integer> answers = new ArrayList<>();
        for (int from = 0; from < n; from += size) {
            List<String> chunk = data.subList(from, Math.min(n, from + size));
            Map<String, Integer> memo = new IdentityHashMap<>();
            List<byte[]> table = new ArrayList<>();
            int[] refs = new int[chunk.size()];
            int bytes = 4 + 4 * refs.length;
            for (int k = 0; k < refs.length; k++) {
                Integer ref = memo.get(chunk.get(k));
                if (ref == null) {
                    ref = table.size();
                    memo.put(chunk.get(k), ref);
                    table.add(chunk.get(k).getBytes(StandardCharsets.UTF_8));
                    bytes += 4 + table.get(ref).length;
                }
                refs[k] = ref;
            }
            ByteBuffer frame = FloorWorkers.frame(FloorWorker.LEN, refs.length, bytes).putInt(table.size());
            for (byte[] utf8 : table) {
                frame.putInt(utf8.length).put(utf8);
            }
            for (int ref : refs) {
                frame.putInt(ref);
            }
            frames.add(frame.flip());
            answers.add(4 * refs.length);
        }
        int[] results = new int[n];
        int i = 0;
        for (ByteBuffer answer : workers.run(frames, answers.stream().mapToInt(Integer::intValue).toArray())) {
            while (answer.hasRemaining()) {
                results[i++] = answer.getInt();
            }
        }
        if (results[n - 1] != data.get(n - 1).length()) {
            throw new IllegalStateException("wrong length of the last item");
        }
    }

    /** Python's default {@code chunksize}: about four chunks per worker. */
    private static int chunkSize(int n) {
        int chunks = WORKERS * CHUNKS_PER_WORKER;
        return Math.max(1, (n + chunks - 1) / chunks);
    }
}
