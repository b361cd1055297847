package dev.jmp.testing;

import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * A jmp program run in its own JVM by lifetime tests, which need a parent that exits or dies.
 * Modes: {@code daemon} (a ticking daemon child, parent returns from main), {@code nondaemon}
 * (a slow non-daemon child, parent returns first), {@code orphan} (a hanging child; the parent
 * prints the child's pid and hangs until killed), {@code props} (prints a child's view of an
 * inherited system property), {@code vmargs} (prints a child's JVM options). Under
 * {@code -Djmp.startMethod=warm} every mode first waits for the spares, so its child runs on one;
 * {@code daemon} and {@code orphan} print {@code family} and the pids of all their children,
 * spares included.
 */
public final class ParentProgram {

    public static void main(String[] args) throws Exception {
        if (!Multiprocessing.defaultContext().awaitSpares(Duration.ofSeconds(60))) {
            throw new IllegalStateException("spares did not boot");
        }
        switch (args[0]) {
            case "daemon" -> {
                // The child marks that it ticked, so that the parent exits after its output, however slow the machine.
                java.nio.file.Path ticked = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "daemon-ticked");
                Process p = new Process(ScriptEntry.task("print:tick", "sleep:300", "print:tick", "touch:" + ticked, "hang"));
                p.daemon(true);
                p.start();
                System.out.println("child " + p.pid());
                printFamily();
                long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
                while (!java.nio.file.Files.exists(ticked) && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                java.nio.file.Files.deleteIfExists(ticked);
                System.out.println("parent exits");
            }
            case "nondaemon" -> {
                Process p = new Process(ScriptEntry.task("sleep:1500", "print:child done"));
                p.start();
                System.out.println("parent done");
            }
            case "orphan" -> {
                Process p = new Process(ScriptEntry.task("print:ready", "hang"));
                p.start();
                System.out.println("child " + p.pid());
                printFamily();
                Thread.sleep(Long.MAX_VALUE);
            }
            case "props" -> {
                Process p = new Process(ScriptEntry.task("prop:inherited", "prop:user.language"));
                p.start();
                p.join();
            }
            case "vmargs" -> {
                Process p = new Process(ScriptEntry.task("print:child runs", "vmargs"));
                p.start();
                p.join();
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Waits for the spares replacing the one just claimed, then prints every child's pid. */
    private static void printFamily() throws InterruptedException {
        Multiprocessing.defaultContext().awaitSpares(Duration.ofSeconds(60));
        System.out.println("family " + ProcessHandle.current().children().map(h -> Long.toString(h.pid()))
                .collect(Collectors.joining(" ")));
    }
}
