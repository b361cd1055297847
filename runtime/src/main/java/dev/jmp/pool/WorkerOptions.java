package dev.jmp.pool;

import java.util.List;

/**
 * The JVM options of pool workers, beyond what every child gets ({@code ChildLauncher}'s
 * defaults, then the parent's inherited options; the context's come after these and win).
 *
 * <p>None, for now: each candidate was measured (idle worker RSS, JDK 17, 2 cores; see
 * {@code BENCHMARKS.md}) and none paid for what it costs. Against a default of 40 MB:
 * <ul>
 *   <li>{@code -Xshare:off}: 35 MB, because the class-data archive no longer counts in RSS;
 *       but each worker then loads its own copy of the JDK classes, so two workers or more use
 *       more memory in total (PSS), and start slower.</li>
 *   <li>{@code -XX:TieredStopAtLevel=1}: 38 MB, but CPU-bound tasks, what pools are for, run on
 *       C1-compiled code only.</li>
 *   <li>{@code -Xms8m -Xmn4m}: 39 MB; {@code -Xss256k -XX:CICompilerCount=2},
 *       {@code -XX:ReservedCodeCacheSize=16m}: no change.</li>
 * </ul>
 */
final class WorkerOptions {

    static final List<String> DEFAULTS = List.of();

    private WorkerOptions() {}
}
