package dev.jmp.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Python's {@code calibrate_burn}: the argument of {@link Work#burn} that takes about a given CPU
 * time in this JVM once compiled, measured in this run (a millisecond of CPython's {@code burn}
 * is ~100 of a JVM's, so one fixed argument cannot be a fair task on both). The argument doubles
 * until a call takes 20 ms, then is scaled twice by the fastest of five calls. CPU time of the
 * calling thread, not wall time, and the fastest call, so that other load on the machine shrinks
 * the task as little as it can (in a virtual machine, time the host takes the core away may
 * still count as the thread's).
 */
public final class BurnCalibration {

    private static final double START_MILLIS = 20;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Keeps the results alive, so that no call can be left out. */
    private static long sink;

    private BurnCalibration() {}

    /** The argument of {@code burn} that takes about {@code targetMillis} of CPU here. */
    public static int argumentFor(double targetMillis) {
        long n = 1 << 16;
        while (millis(n) < START_MILLIS && n < Integer.MAX_VALUE / 2) {
            n *= 2;
        }
        for (int round = 0; round < 2; round++) {
            double fastest = Double.MAX_VALUE;
            for (int call = 0; call < 5; call++) {
                fastest = Math.min(fastest, millis(n));
            }
            n = Math.min(Integer.MAX_VALUE, Math.round(n * targetMillis / fastest));
        }
        return (int) n;
    }

    private static double millis(long n) {
        long start = THREADS.getCurrentThreadCpuTime();
        sink += Work.burn((int) n);
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
    }
}
