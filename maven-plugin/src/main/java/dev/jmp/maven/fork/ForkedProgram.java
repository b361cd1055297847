package dev.jmp.maven.fork;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A Java (or any) program running in a child process: its standard output and error are handed
 * to sinks line by line as they come, and it never outlives the JVM that started it when that JVM
 * exits normally or is interrupted (Ctrl-C), because a shutdown hook destroys its process tree.
 *
 * <pre>{@code
 * ForkedProgram program = ForkedProgram.start(argv, Path.of("."), System.out::println, System.err::println);
 * ProgramResult result = program.waitFor(Duration.ofSeconds(30));
 * }</pre>
 * Standard input is inherited, so an interactive program still reads the terminal.
 */
public final class ForkedProgram {

    /** How long a destroyed process gets to run its shutdown hooks before it is killed. */
    static final Duration GRACE = Duration.ofSeconds(3);

    /** How long to wait for the last output after the program has exited. */
    private static final Duration DRAIN = Duration.ofSeconds(5);

    private final Process process;
    private final long startNanos;
    private final List<Thread> pumps;
    private final Thread shutdownHook;

    private ForkedProgram(Process process, long startNanos, List<Thread> pumps, Thread shutdownHook) {
        this.process = process;
        this.startNanos = startNanos;
        this.pumps = pumps;
        this.shutdownHook = shutdownHook;
    }

    /**
     * Starts {@code argv} in {@code workingDirectory}.
     *
     * @throws IOException when the executable or the directory cannot be used
     */
    public static ForkedProgram start(List<String> argv, Path workingDirectory, Consumer<String> stdout,
            Consumer<String> stderr) throws IOException {
        return start(argv, workingDirectory, Map.of(), stdout, stderr);
    }

    /**
     * Starts {@code argv} as {@link #start(List, Path, Consumer, Consumer)} does, with
     * {@code environment} added to this JVM's environment.
     *
     * @throws IOException when the executable or the directory cannot be used
     */
    public static ForkedProgram start(List<String> argv, Path workingDirectory, Map<String, String> environment,
            Consumer<String> stdout, Consumer<String> stderr) throws IOException {
        long startNanos = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(argv)
                .directory(workingDirectory.toFile())
                .redirectInput(Redirect.INHERIT);
        builder.environment().putAll(environment);
        Process process = builder.start();
        long pid = process.pid();
        List<Thread> pumps = List.of(
                LinePump.start("jmp-stdout-" + pid, process.getInputStream(), stdout),
                LinePump.start("jmp-stderr-" + pid, process.getErrorStream(), stderr));
        Thread hook = new Thread(() -> ProcessTree.destroy(process.toHandle(), GRACE), "jmp-destroy-" + pid);
        Runtime.getRuntime().addShutdownHook(hook);
        return new ForkedProgram(process, startNanos, pumps, hook);
    }

    public long pid() {
        return process.pid();
    }

    /** The program's process, to watch it or look at its descendants while it runs. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /**
     * Waits until the program exits, or until {@code timeout} has passed and then destroys it
     * with all its descendants; {@link Duration#ZERO} waits without limit. Returns once the
     * program's output has been passed on.
     *
     * @throws InterruptedException when this thread is interrupted; the program's process tree
     *     is destroyed first
     */
    public ProgramResult waitFor(Duration timeout) throws InterruptedException {
        return waitFor(timeout, root -> { });
    }

    /**
     * Waits as {@link #waitFor(Duration)} does; when the time is up, {@code beforeDestroy} gets
     * the still running program first, to report on it (a deadlock, its threads) while it can.
     *
     * @throws InterruptedException when this thread is interrupted; the program's process tree
     *     is destroyed first
     */
    public ProgramResult waitFor(Duration timeout, Consumer<ProcessHandle> beforeDestroy) throws InterruptedException {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
        try {
            boolean exited = waitForExit(timeout);
            if (!exited) {
                beforeDestroy.accept(process.toHandle());
            }
            int destroyed = exited ? 0 : ProcessTree.destroy(process.toHandle(), GRACE);
            int exitCode = process.waitFor();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
            for (Thread pump : pumps) {
                pump.join(DRAIN.toMillis());
            }
            return new ProgramResult(exitCode, !exited, destroyed, elapsed);
        } catch (InterruptedException e) {
            ProcessTree.destroy(process.toHandle(), GRACE);
            throw e;
        } finally {
            removeShutdownHook();
        }
    }

    private boolean waitForExit(Duration timeout) throws InterruptedException {
        if (timeout.isZero()) {
            process.waitFor();
            return true;
        }
        return process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already exiting, and the hook is destroying the program.
        }
    }
}
