package dev.jmp.testing;

import dev.jmp.base.Deadline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The one way tests run a main class in a child JVM: {@code java <options> -cp <class path> main
 * <args>}, with this JVM's class path unless another is given. Stdout and stderr are collected
 * separately as they come. Every wait is bounded: a line that never comes or a program that never
 * ends fails the test with all the program said, and a program that outlives its wait is killed
 * with everything it started. {@link #close} (use try-with-resources) kills what is left of the
 * program and its descendants and fails if one of them survives.
 */
public final class JavaProgram implements AutoCloseable {

    /** How long a killed program and its descendants get to be gone. */
    private static final Duration GONE = Duration.ofSeconds(30);

    private final String main;
    private final java.lang.Process process;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private final Thread outPump;
    private final Thread errPump;

    private JavaProgram(String main, java.lang.Process process) {
        this.main = main;
        this.process = process;
        this.outPump = drain(process.getInputStream(), out);
        this.errPump = drain(process.getErrorStream(), err);
    }

    /** Starts {@code main} with this JVM's class path. */
    public static JavaProgram start(List<String> jvmOptions, Class<?> main, String... args) throws IOException {
        return start(List.of(), System.getProperty("java.class.path"), jvmOptions, main, args);
    }

    /** Starts {@code main} with {@code classPath}. */
    public static JavaProgram start(String classPath, List<String> jvmOptions, Class<?> main, String... args)
            throws IOException {
        return start(List.of(), classPath, jvmOptions, main, args);
    }

    /**
     * Starts {@code main} with this JVM's class path and {@code launcher} before the java command:
     * {@code env --default-signal=INT}, say.
     */
    public static JavaProgram start(List<String> launcher, List<String> jvmOptions, Class<?> main, String... args)
            throws IOException {
        return start(launcher, System.getProperty("java.class.path"), jvmOptions, main, args);
    }

    private static JavaProgram start(List<String> launcher, String classPath, List<String> jvmOptions,
            Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(launcher);
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(main.getName());
        command.addAll(List.of(args));
        return new JavaProgram(main.getSimpleName(), new ProcessBuilder(command).start());
    }

    private static Thread drain(InputStream in, StringBuffer into) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[4096];
            try (in) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    into.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                into.append("[output lost: ").append(e).append(']');
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    public java.lang.Process process() {
        return process;
    }

    public long pid() {
        return process.pid();
    }

    /** Stdout so far. */
    public String out() {
        return out.toString();
    }

    /** Stderr so far. */
    public String err() {
        return err.toString();
    }

    /**
     * Waits for a line of stdout starting with {@code prefix} and returns the rest of it, stripped;
     * fails as soon as the program has ended without printing one, or after {@code limit}.
     */
    public String awaitLine(String prefix, Duration limit) throws InterruptedException {
        Deadline.await(limit, () -> lineAfter(prefix) != null || !process.isAlive());
        if (lineAfter(prefix) == null && !process.isAlive()) {
            joinPumps(); // the line may still be in the pipe
        }
        String rest = lineAfter(prefix);
        if (rest == null) {
            throw new AssertionError("no line starting with '" + prefix + "' within " + limit + " from " + this);
        }
        return rest;
    }

    private String lineAfter(String prefix) {
        return out.toString().lines().filter(l -> l.startsWith(prefix)).findFirst()
                .map(l -> l.substring(prefix.length()).strip()).orElse(null);
    }

    /** Waits for the program to end and its output to be read; returns its exit value. */
    public int awaitExit(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError("still running after " + limit + ", killed: " + this);
        }
        joinPumps();
        return process.exitValue();
    }

    private void joinPumps() throws InterruptedException {
        outPump.join(5_000);
        errPump.join(5_000);
    }

    /** SIGKILLs the program and its descendants and waits until they are gone. */
    public void kill() throws InterruptedException {
        List<ProcessHandle> family = family();
        family.forEach(ProcessHandle::destroyForcibly);
        Deadline.await(GONE, () -> family.stream().noneMatch(ProcessHandle::isAlive));
    }

    /** The program and its descendants still alive. */
    private List<ProcessHandle> family() {
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        family.add(0, process.toHandle());
        return family;
    }

    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> family = family();
        kill();
        String left = family.stream().filter(ProcessHandle::isAlive).map(h -> Long.toString(h.pid()))
                .collect(Collectors.joining(" "));
        if (!left.isEmpty()) {
            throw new AssertionError("still running after " + GONE + " from SIGKILL: " + left + " of " + this);
        }
    }

    /** The program, whether it runs, and all it has said so far: for failure messages. */
    @Override
    public String toString() {
        return main + " (pid " + process.pid() + ", " + (process.isAlive() ? "running" : "exit " + process.exitValue())
                + ")\nstdout:\n" + out + "\nstderr:\n" + err;
    }
}
