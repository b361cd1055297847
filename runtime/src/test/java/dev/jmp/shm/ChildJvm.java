package dev.jmp.shm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real child JVM running a test main class with this JVM's class path and segment directory;
 * its output (stdout and stderr together) is collected for assertions and failure messages.
 */
public final class ChildJvm {

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final Thread drainer;

    private ChildJvm(Process process) {
        this.process = process;
        this.drainer = new Thread(this::drain, "drain-" + process.pid());
        drainer.setDaemon(true);
        drainer.start();
    }

    /** Starts {@code java -cp <class path> -Djmp.shm.dir=<dir> mainClass args...}. */
    public static ChildJvm start(Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Djmp.shm.dir=" + System.getProperty("jmp.shm.dir"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    private void drain() {
        try (InputStream in = process.getInputStream()) {
            byte[] buffer = new byte[4096];
            for (int n; (n = in.read(buffer)) > 0; ) {
                output.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            output.append("[output lost: ").append(e).append("]");
        }
    }

    /** Waits for the child to exit and returns its exit code; fails the test if it does not. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("child " + process.pid() + " did not exit within " + timeout
                    + "; output:\n" + output());
        }
        drainer.join(5_000);
        return process.exitValue();
    }

    /** Waits until the child printed {@code line} (as a whole line). */
    public void awaitLine(String line, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!output().lines().anyMatch(line::equals)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("child " + process.pid() + " never printed \"" + line + "\"; "
                        + (process.isAlive() ? "still running" : "exited") + "; output:\n" + output());
            }
            Thread.sleep(5);
        }
    }

    /** SIGKILL, and wait until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public long pid() {
        return process.pid();
    }

    public String output() {
        return output.toString();
    }
}
