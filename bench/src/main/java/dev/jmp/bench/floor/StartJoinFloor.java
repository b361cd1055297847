package dev.jmp.bench.floor;

/**
 * The floor of {@code start_join}: mean milliseconds over 20 back to back of a child JVM that runs
 * an empty {@code main}, from its start to {@code waitFor}.
 * <ul>
 *   <li>{@code spawn}: a fresh JVM per start, what any JVM child costs to boot and exit;</li>
 *   <li>{@code warm-ready}: a JVM started beforehand (untimed, as the reservoir's spare is ready
 *       before a warm-ready start), told over its stdin to run the no-op; what is left of a start
 *       that finds a spare is a wake-up and a JVM's exit.</li>
 * </ul>
 */
final class StartJoinFloor implements Floor {

    private static final int N = 20;

    private final boolean ready;

    private StartJoinFloor(boolean ready) {
        this.ready = ready;
    }

    static StartJoinFloor spawn() {
        return new StartJoinFloor(false);
    }

    static StartJoinFloor warmReady() {
        return new StartJoinFloor(true);
    }

    @Override
    public String name() {
        return "start_join";
    }

    @Override
    public String unit() {
        return "ms";
    }

    @Override
    public String fixedMethod() {
        return ready ? "warm-ready" : "spawn";
    }

    @Override
    public double measure(boolean warm) throws Exception {
        long total = 0;
        for (int i = 0; i < N; i++) {
            try (FloorJvm child = FloorJvm.prepare(ready, 1, "noop")) {
                long start = System.nanoTime();
                child.start();
                child.waitFor();
                total += System.nanoTime() - start;
            }
        }
        return total / 1e6 / N;
    }
}
