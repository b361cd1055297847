package dev.jmp.maven.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Thread dumps of running JVMs, through {@code jcmd <pid> Thread.print} of the JDK that runs the
 * build; this works for any JVM of the same user on JDK 17 and later, without preparing the
 * program. A process that is not a JVM, or that does not answer, is reported as such.
 */
public final class ThreadDumps {

    private static final long LIMIT_SECONDS = 20;

    private final Path jcmd;

    /** Dumps taken with the {@code jcmd} of the JDK at {@code javaHome}. */
    public ThreadDumps(Path javaHome) {
        this.jcmd = javaHome.resolve("bin").resolve("jcmd");
    }

    /** One section per process: a header, then its dump or why there is none. */
    public String of(List<ProcessHandle> processes) {
        StringBuilder dumps = new StringBuilder();
        for (ProcessHandle process : processes) {
            dumps.append("--- thread dump of pid ").append(process.pid()).append(' ')
                    .append(process.info().command().orElse("")).append(" ---\n")
                    .append(of(process.pid())).append('\n');
        }
        return dumps.toString();
    }

    private String of(long pid) {
        if (!Files.isExecutable(jcmd)) {
            return "(no thread dump: " + jcmd + " is not there; run the build with a JDK)";
        }
        Path output = null;
        try {
            output = Files.createTempFile("jmp-thread-dump-", ".txt");
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "(no thread dump: jcmd did not answer within " + LIMIT_SECONDS + " s)";
            }
            return Files.readString(output, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "(no thread dump: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(no thread dump: interrupted)";
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException e) {
                    output.toFile().deleteOnExit();
                }
            }
        }
    }
}
