package dev.jmp.bench;

import dev.jmp.Context;
import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import dev.jmp.StartMethod;
import java.util.Arrays;
import java.util.Locale;

/**
 * Starts {@code n} no-op children one after the other, each with the given JVM options (say a
 * {@code -Xlog} option that logs its class loading and start-up phases), and prints, per child,
 * its pid, the wall clock at {@code start()} (to line its log up with) and the milliseconds to
 * {@code start()} returning and to {@code join()} returning.
 *
 * <p>Usage: {@code StartupLog n [jvm option...]}; see BENCHMARKS.md, "Child start-up".
 */
public final class StartupLog {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Context context = Multiprocessing.getContext(StartMethod.SPAWN)
                .withJvmOptions(Arrays.copyOfRange(args, 1, args.length));
        for (int i = 0; i < n; i++) {
            long wallStart = System.currentTimeMillis();
            long start = System.nanoTime();
            Process p = context.process(WorkTasks.noop());
            p.start();
            long started = System.nanoTime();
            p.join();
            long joined = System.nanoTime();
            System.out.printf(Locale.ROOT, "RUN %d pid=%d wallstart=%d start=%.1f total=%.1f%n", i, p.pid(),
                    wallStart, (started - start) / 1e6, (joined - start) / 1e6);
        }
    }

    private StartupLog() {}
}
