package dev.jmp.launch.parent;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The maximum heap of a child JVM. Left to itself, every JVM may grow to a quarter of the
 * machine's memory, so eight pool workers could commit twice the RAM; so a child gets:
 * <ol>
 *   <li>the size its context names ({@code Context.withMaxHeap}), when it does;</li>
 *   <li>else nothing added, when its own options or the parent's inherited ones choose a heap
 *       ({@code -Xmx}, {@code -XX:MaxHeapSize}, {@code -XX:MaxRAM}, {@code -XX:MaxRAMPercentage},
 *       {@code -XX:MaxRAMFraction}): a parent started with {@code -Xmx2g} gives its children
 *       {@code -Xmx2g};</li>
 *   <li>else {@code -Xmx} of a share: a quarter of the machine's memory (of the container's
 *       limit in a container), what one JVM takes by default, divided among the larger of the CPU
 *       count and the number of children started together (a pool's workers), and at least
 *       128 MB. The workers of one pool, or as many processes as there are CPUs,
 *       then stay within that quarter together.</li>
 * </ol>
 * The share depends on the group only beyond the CPU count, so a process and the workers of a
 * pool no larger than the CPU count get the same options and can use the same warm spares.
 */
public final class ChildHeap {

    /** The smallest default heap, in MB: below it a JVM spends its time collecting. */
    static final long FLOOR_MB = 128;

    /** The part of the machine's memory that all children of a group share: a quarter. */
    static final int MEMORY_DIVISOR = 4;

    private static final Pattern SIZE = Pattern.compile("[1-9][0-9]*[kKmMgGtT]?");
    private static final List<String> HEAP_OPTIONS = List.of("-Xmx", "-XX:MaxHeapSize=", "-XX:MaxRAM=",
            "-XX:MaxRAMPercentage=", "-XX:MaxRAMFraction=");

    /** {@link #physicalMemory()} once read; negative before. */
    private static volatile long physicalMemory = -1;

    private ChildHeap() {}

    /**
     * {@code options} with the heap option of a child started among {@code group} children (1 for
     * a single process) put first: {@code maxHeap} when present, else the default described above.
     */
    public static List<String> options(Optional<String> maxHeap, int group, List<String> options) {
        List<String> all = new ArrayList<>(options.size() + 1);
        maxHeap.map(size -> "-Xmx" + size)
                .or(() -> defaultOption(InheritedJvmOptions.ofThisJvm(), options, physicalMemory(),
                        Runtime.getRuntime().availableProcessors(), group))
                .ifPresent(all::add);
        all.addAll(options);
        return List.copyOf(all);
    }

    /** The default heap option; empty when {@code inherited} or {@code added} choose one. */
    static Optional<String> defaultOption(List<String> inherited, List<String> added, long physicalBytes, int cpus,
                                          int group) {
        if (physicalBytes <= 0 || choosesHeap(inherited) || choosesHeap(added)) {
            return Optional.empty();
        }
        long share = physicalBytes / MEMORY_DIVISOR / Math.max(1, Math.max(cpus, group));
        return Optional.of("-Xmx" + Math.max(FLOOR_MB, share >> 20) + "m");
    }

    /**
     * {@code size} if it is a JVM heap size ({@code 512m}, {@code 2g}, {@code 1048576}: digits, then
     * optionally k, m, g or t); else an exception that says how to write one.
     */
    public static String checkSize(String size) {
        if (size == null || !SIZE.matcher(size.strip()).matches()) {
            throw new IllegalArgumentException("[jmp.context.max-heap] " + size + " is not a heap size;"
                    + " write it as -Xmx takes it: digits and a unit, e.g. 512m or 2g");
        }
        return size.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean choosesHeap(List<String> options) {
        for (String option : options) {
            for (String heap : HEAP_OPTIONS) {
                if (option.startsWith(heap)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The machine's memory (the container's limit in one), or 0 when the JVM cannot tell. Read
     * once: the JVM reads it from the container's files at each call, about a millisecond of the
     * parent's CPU and 56 KB of garbage at every child start (JDK 17, measured).
     */
    private static long physicalMemory() {
        long bytes = physicalMemory;
        if (bytes < 0) {
            OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
            bytes = os instanceof com.sun.management.OperatingSystemMXBean bean ? bean.getTotalMemorySize() : 0;
            physicalMemory = bytes;
        }
        return bytes;
    }
}
