package dev.jmp.pool;

import java.util.List;

/**
 * The JVM options of pool workers, beyond what every child gets ({@code ChildLauncher}'s
 * defaults, the parent's inherited options, then the context's, which come after these and so
 * win). Each one is here because a measurement justified it; see {@code BENCHMARKS.md}.
 */
final class WorkerOptions {

    static final List<String> DEFAULTS = List.of();

    private WorkerOptions() {}
}
