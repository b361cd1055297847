package dev.jmp.bench;

import dev.jmp.Multiprocessing;
import java.util.Locale;

/**
 * One workload of the side-by-side comparison, the twin of the CPython function of the same name
 * in {@code bench/python/py_baseline.py}: same sizes, same semantics.
 */
interface Workload {

    /** The name both sides print. */
    String name();

    /** {@code per_s} and {@code x}: higher is better; {@code ms}, {@code us}, {@code MB}: lower. */
    String unit();

    /** The start method the figure was measured with: the default one, unless it picks its own. */
    default String method() {
        return Multiprocessing.getStartMethod().name().toLowerCase(Locale.ROOT);
    }

    /** Whether it runs with the default start method, rather than choosing its own contexts. */
    default boolean followsDefaultMethod() {
        return true;
    }

    /** Whether jmp can run it yet; one that cannot prints {@code n/a}, never a made-up figure. */
    default boolean available() {
        return true;
    }

    /**
     * A line the comparison prints beside the figures (a calibrated size), or null; asked after
     * the repetitions.
     */
    default String note() {
        return null;
    }

    /** Runs once and returns the figure in {@link #unit()}. */
    double measure() throws Exception;
}
