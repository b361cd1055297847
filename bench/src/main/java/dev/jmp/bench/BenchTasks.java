package dev.jmp.bench;

import dev.jmp.ProcessTask;

/** The tasks the workloads run in child processes: the functions of {@code py_baseline.py}. */
public final class BenchTasks {

    private BenchTasks() {}

    /** Python's {@code noop}: start + join cost alone. */
    @ProcessTask
    public static void noop() {
        // nothing: the workload measures the process, not the task
    }

    /** Python's {@code square}. */
    @ProcessTask
    public static int square(int x) {
        return x * x;
    }

    /** Python's built-in {@code len}, for {@code pool_map_1k_payload}. */
    @ProcessTask
    public static int len(String s) {
        return s.length();
    }

    /** Python's {@code burn}: the sum of {@code i * i} for {@code i < n}, CPU work. */
    @ProcessTask
    public static long burn(int n) {
        long s = 0;
        for (long i = 0; i < n; i++) {
            s += i * i;
        }
        return s;
    }

    /** Python's {@code rss_mb}: resident memory of a process, from {@code /proc/<pid>/status}. */
    static double rssMb(long pid) throws java.io.IOException {
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Paths.get("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.split("\\s+")[1]) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
