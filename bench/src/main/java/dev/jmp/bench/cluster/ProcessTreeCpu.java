package dev.jmp.bench.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time of this JVM and every process under it (members and their workers), in
 * nanoseconds: each process's as last read, so that one that exits between two readings (a worker
 * JVM that waited for the next pool in vain) keeps the time it had spent, instead of taking it out
 * of the difference.
 */
final class ProcessTreeCpu {

    /** The CPU time of every process seen, by pid and start: a pid may be used again. */
    private static final Map<String, Long> SEEN = new HashMap<>();

    private ProcessTreeCpu() {}

    /** CPU time of this JVM and everything under it, in nanoseconds. */
    static synchronized long nanos() {
        read(ProcessHandle.current());
        ProcessHandle.current().descendants().forEach(ProcessTreeCpu::read);
        return SEEN.values().stream().mapToLong(Long::longValue).sum();
    }

    private static void read(ProcessHandle p) {
        ProcessHandle.Info info = p.info();
        info.totalCpuDuration().ifPresent(cpu -> SEEN.merge(p.pid() + "@" + info.startInstant().orElse(null),
                cpu.toNanos(), Math::max));
    }
}
