package dev.jmp.bench;

import java.util.Locale;

/**
 * {@code cpu_speedup_2_workers}: four equal CPU tasks of about 100 ms of CPU each on this JVM,
 * sequential time over {@code Pool(2)} time. The task is {@code burn(N)}, N calibrated in this
 * JVM at the first repetition (a JVM runs {@code burn} ~100 times faster than CPython, so N is
 * not CPython's). Each repetition runs in a fresh JVM ({@link CpuSpeedupRun}), so that the
 * sequential run is as cold as the fresh workers it is compared with.
 */
final class CpuSpeedup implements Workload {

    static final double TASK_MILLIS = 100;

    private int n;

    @Override
    public String name() {
        return "cpu_speedup_2_workers";
    }

    @Override
    public String unit() {
        return "x";
    }

    @Override
    public double measure() throws Exception {
        if (n == 0) {
            n = BurnCalibration.argumentFor(TASK_MILLIS);
        }
        return Double.parseDouble(FreshJvm.run(CpuSpeedupRun.class, Integer.toString(n), method()));
    }

    @Override
    public String note() {
        return String.format(Locale.ROOT, "N=%d (burn(N) took about %.0f ms of CPU here, compiled)", n, TASK_MILLIS);
    }
}
