package dev.jmp.bench;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import dev.jmp.StartMethod;
import java.time.Duration;

/**
 * {@code start_join}: mean milliseconds to start and join a process running a no-op, over 20
 * back to back, for one start method:
 * <ul>
 *   <li>{@code spawn}: a cold JVM per process;</li>
 *   <li>{@code warm}: warm spares, booted before the first start (untimed); back to back, so
 *       after the first spares each start waits for its replacement's boot;</li>
 *   <li>{@code warm-ready}: warm spares, and before each start (untimed) the reservoir is
 *       waited for until a spare is ready: the latency of a start that finds one.</li>
 * </ul>
 */
final class StartJoin implements Workload {

    private static final int N = 20;
    private static final Duration BOOT_LIMIT = Duration.ofSeconds(60);

    private final String method;
    private final Context context;
    private final boolean waitForSpare;

    private StartJoin(String method, Context context, boolean waitForSpare) {
        this.method = method;
        this.context = context;
        this.waitForSpare = waitForSpare;
    }

    static StartJoin spawn() {
        return new StartJoin("spawn", Multiprocessing.getContext(StartMethod.SPAWN), false);
    }

    static StartJoin warm() {
        return new StartJoin("warm", Multiprocessing.getContext(StartMethod.WARM), false);
    }

    static StartJoin warmReady() {
        return new StartJoin("warm-ready", Multiprocessing.getContext(StartMethod.WARM), true);
    }

    @Override
    public String name() {
        return "start_join";
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public boolean followsDefaultMethod() {
        return false;
    }

    @Override
    public String unit() {
        return "ms";
    }

    @Override
    public double measure() throws Exception {
        awaitSpares();
        long total = 0;
        for (int i = 0; i < N; i++) {
            if (waitForSpare) {
                awaitSpares();
            }
            long start = System.nanoTime();
            Process p = context.process(WorkTasks.noop());
            p.start();
            p.join();
            total += System.nanoTime() - start;
            if (p.exitCode().orElse(-1) != 0) {
                throw new IllegalStateException("no-op child failed: " + p);
            }
        }
        return total / 1e6 / N;
    }

    private void awaitSpares() throws InterruptedException {
        if (!context.awaitSpares(BOOT_LIMIT)) {
            throw new IllegalStateException("spares did not boot within " + BOOT_LIMIT);
        }
    }
}
