package dev.jmp.testing;

import dev.jmp.base.Deadline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs a main class of the test class path in a new JVM, collecting its output as it comes. */
public final class JavaProgram implements AutoCloseable {

    private final java.lang.Process process;
    private final StringBuffer out = new StringBuffer();
    private final StringBuffer err = new StringBuffer();
    private final Thread outPump;
    private final Thread errPump;

    private JavaProgram(java.lang.Process process) {
        this.process = process;
        this.outPump = drain(process.getInputStream(), out);
        this.errPump = drain(process.getErrorStream(), err);
    }

    public static JavaProgram start(List<String> jvmOptions, Class<?> main, String... args) throws IOException {
        return start(List.of(), jvmOptions, main, args);
    }

    /** Runs {@code main} with {@code launcher} before the java command: {@code env --default-signal=INT}, say. */
    public static JavaProgram start(List<String> launcher, List<String> jvmOptions, Class<?> main, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(launcher);
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new JavaProgram(new ProcessBuilder(command).start());
    }

    private static Thread drain(InputStream in, StringBuffer into) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[4096];
            try (in) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    into.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                into.append("[drain failed: ").append(e).append(']');
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    public java.lang.Process process() {
        return process;
    }

    /** Stdout so far. */
    public String outSoFar() {
        return out.toString();
    }

    /** Waits for a line of stdout starting with {@code prefix} and returns the rest of it. */
    public String awaitLine(String prefix, Duration limit) throws InterruptedException {
        String[] found = new String[1];
        boolean seen = Deadline.await(limit, () -> {
            for (String line : out.toString().split("\n")) {
                if (line.startsWith(prefix)) {
                    found[0] = line.substring(prefix.length()).strip();
                    return true;
                }
            }
            return false;
        });
        if (!seen) {
            throw new AssertionError("no line starting with '" + prefix + "' within " + limit
                    + "; stdout: " + out + "; stderr: " + err);
        }
        return found[0];
    }

    /** Waits for the program to end and its output to be read; returns its exit value. */
    public int await(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new AssertionError("program still running after " + limit + "; stdout: " + out + "; stderr: " + err);
        }
        outPump.join(5_000);
        errPump.join(5_000);
        return process.exitValue();
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
