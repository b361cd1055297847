package dev.jmp.bench.floor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The floors of {@code apply_roundtrip} and {@code apply_async}: two worker JVMs
 * ({@link FloorWorkers}, started untimed, each having answered one call) and one frame per
 * call, {@code square(i)} as a raw int.
 * <ul>
 *   <li>{@code apply_roundtrip}: 1000 calls one after the other, each a frame out and its answer
 *       read back before the next, turn about on the two workers; mean microseconds per call;</li>
 *   <li>{@code apply_async}: 5000 frames written one by one, turn about, while a thread per
 *       worker (started before, as a pool's readers are) reads the answers (each worker answers
 *       the frames that queued up together); calls per second until the last answer.</li>
 * </ul>
 * The timed part runs {@value #WARM_UP_RUNS} times untimed first, so that both sides' code is
 * compiled, as jmp's workers' is by its warm-up.
 */
final class ApplyFloor implements Floor {

    private static final int WORKERS = 2;
    private static final int WARM_UP_RUNS = 3;

    private final boolean async;

    private ApplyFloor(boolean async) {
        this.async = async;
    }

    static ApplyFloor roundtrip() {
        return new ApplyFloor(false);
    }

    static ApplyFloor async() {
        return new ApplyFloor(true);
    }

    @Override
    public String name() {
        return async ? "apply_async" : "apply_roundtrip";
    }

    @Override
    public String unit() {
        return async ? "per_s" : "us";
    }

    @Override
    public String fixedMethod() {
        return "any";
    }

    @Override
    public double measure(boolean warm) throws Exception {
        try (FloorWorkers workers = FloorWorkers.start(WORKERS)) {
            for (int w = 0; w < WORKERS; w++) {
                workers.call(w, square(1), 4);
            }
            for (int i = 0; i < WARM_UP_RUNS; i++) {
                timed(workers);
            }
            return timed(workers);
        }
    }

    /** One run of the workload's timed part: its figure. */
    private double timed(FloorWorkers workers) throws Exception {
        if (!async) {
            int n = 1000;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                check(workers.call(i % WORKERS, square(i), 4).getInt(), i);
            }
            return (System.nanoTime() - start) / 1e3 / n;
        }
        int n = 5000;
        ByteBuffer[] answers = new ByteBuffer[WORKERS];
        AtomicReference<IOException> failure = new AtomicReference<>();
        List<Thread> readers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            int worker = w;
            Thread reader = new Thread(() -> {
                try {
                    answers[worker] = workers.receive(worker, 4 * (n / WORKERS));
                } catch (IOException e) {
                    failure.set(e);
                }
            }, "floor-reader-" + w);
            reader.start();
            readers.add(reader);
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            workers.send(i % WORKERS, square(i));
        }
        for (Thread reader : readers) {
            reader.join();
        }
        double rate = n / ((System.nanoTime() - start) / 1e9);
        if (failure.get() != null) {
            throw failure.get();
        }
        for (int i = 0; i < n; i++) {
            check(answers[i % WORKERS].getInt(), i);
        }
        return rate;
    }

    private static ByteBuffer square(int x) {
        return FloorWorkers.frame(FloorWorker.SQUARE, 1, 4).putInt(x).flip();
    }

    private static void check(int square, int x) {
        if (square != x * x) {
            throw new IllegalStateException("wrong square of " + x);
        }
    }
}
