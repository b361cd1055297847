package dev.jmp.maven.verify;

import dev.jmp.diagnostics.Deadlock;
import dev.jmp.diagnostics.Deadlocks;
import dev.jmp.maven.fork.ArgFile;
import dev.jmp.maven.fork.ForkedProgram;
import dev.jmp.maven.fork.JavaCommand;
import dev.jmp.maven.fork.ProgramResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs one program for {@code jmp:verify} and collects the evidence: it gets a private
 * shared-memory directory ({@code -Djmp.shm.dir}) and an environment marker
 * ({@link ProgramProcesses}); while it runs, its locks are checked for deadlocks; when its time
 * is up, every process of it is thread-dumped; a deadlocked or late program is destroyed with its
 * process tree. After it exits, processes still carrying its marker and segment files in its
 * directory are what it leaked; those processes are then destroyed and the directory removed.
 */
public final class VerifiedRun {

    /** How often a running program is checked for deadlocks. */
    static final Duration POLL = Duration.ofMillis(250);
    /** How long processes of an exited program get to exit before they count as leaked. */
    static final Duration LEAK_GRACE = Duration.ofSeconds(5);
    private static final int OUTPUT_LIMIT = 10_000;

    private final Path buildDirectory;
    private final Path workingDirectory;
    private final ThreadDumps threadDumps;
    private final Consumer<String> console;

    /**
     * @param buildDirectory where argument files and segment directories go ({@code target/})
     * @param console where each output line is also shown as it comes
     */
    public VerifiedRun(Path buildDirectory, Path workingDirectory, ThreadDumps threadDumps, Consumer<String> console) {
        this.buildDirectory = buildDirectory;
        this.workingDirectory = workingDirectory;
        this.threadDumps = threadDumps;
        this.console = console;
    }

    /** Runs {@code command} for at most {@code timeout} (which must be positive). */
    public Outcome run(JavaCommand command, Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(buildDirectory);
        Path shm = Files.createTempDirectory(buildDirectory, "jmp-verify-shm-");
        String marker = UUID.randomUUID().toString();
        List<String> output = new ArrayList<>();
        Consumer<String> sink = line -> {
            console.accept(line);
            synchronized (output) {
                output.add(line);
                if (output.size() > OUTPUT_LIMIT) {
                    output.remove(0);
                }
            }
        };
        JavaCommand isolated = command.withJvmArgs(List.of("-Djmp.shm.dir=" + shm));
        try (ArgFile argFile = ArgFile.write(buildDirectory, isolated.argFileLines())) {
            ForkedProgram program = ForkedProgram.start(isolated.toArguments(argFile.path()), workingDirectory,
                    Map.of(ProgramProcesses.MARKER, marker), sink, sink);
            Outcome.Ending ending = watch(program.handle(), shm, timeout);
            List<Deadlock> deadlocks = ending == Outcome.Ending.EXITED ? List.of() : ownDeadlocks(program.handle(), shm, marker);
            String dumps = ending == Outcome.Ending.TIMED_OUT
                    ? threadDumps.of(ProgramProcesses.of(program.handle(), marker)) : "";
            List<String> tail;
            synchronized (output) {
                tail = List.copyOf(output);
            }
            if (ending != Outcome.Ending.EXITED) {
                // All at once and without grace: a process that outlived the others would take
                // over their locks as a robust lock does, and run on past what the report shows.
                ProgramProcesses.of(program.handle(), marker).forEach(ProcessHandle::destroyForcibly);
            }
            ProgramResult result = program.waitFor(ending == Outcome.Ending.EXITED ? Duration.ZERO : Duration.ofNanos(1));
            List<String> leakedProcesses = ending == Outcome.Ending.EXITED ? leakedProcesses(marker) : List.of();
            List<String> leakedSegments = ending == Outcome.Ending.EXITED ? segments(shm) : List.of();
            List<String> shown;
            synchronized (output) {
                shown = ending == Outcome.Ending.EXITED ? List.copyOf(output) : tail;
            }
            return new Outcome(result, ending, deadlocks, dumps, leakedProcesses, leakedSegments, shown);
        } finally {
            ProgramProcesses.marked(marker).forEach(ProcessHandle::destroyForcibly);
            deleteTree(shm);
        }
    }

    private Outcome.Ending watch(ProcessHandle root, Path shm, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            try {
                root.onExit().get(Math.max(0, Math.min(left, POLL.toNanos())), TimeUnit.NANOSECONDS);
                return Outcome.Ending.EXITED;
            } catch (TimeoutException e) {
                // Still running: look for a deadlock, then for the time.
            } catch (ExecutionException e) {
                return Outcome.Ending.EXITED;
            }
            if (!Deadlocks.detect(shm).isEmpty()) {
                return Outcome.Ending.DEADLOCKED;
            }
            if (deadline - System.nanoTime() <= 0) {
                return Outcome.Ending.TIMED_OUT;
            }
        }
    }

    /** The deadlocks among the program's own processes (the directory is private, but be sure). */
    private static List<Deadlock> ownDeadlocks(ProcessHandle root, Path shm, String marker) {
        List<Long> pids = ProgramProcesses.of(root, marker).stream().map(ProcessHandle::pid).toList();
        return Deadlocks.detect(shm).stream().filter(d -> pids.containsAll(d.pids())).toList();
    }

    private static List<String> leakedProcesses(String marker) throws InterruptedException {
        long deadline = System.nanoTime() + LEAK_GRACE.toNanos();
        List<ProcessHandle> alive = ProgramProcesses.marked(marker);
        while (!alive.isEmpty() && System.nanoTime() - deadline < 0) {
            Thread.sleep(50);
            alive = ProgramProcesses.marked(marker);
        }
        return alive.stream().map(p -> p.pid() + " " + p.info().commandLine().orElse(p.info().command().orElse("?")))
                .toList();
    }

    /** Segment files, named {@code jmp-<pid>-<ticks>-<n>}; wait tables and anything else are not. */
    static List<String> segments(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("jmp-\\d+-\\d+-\\d+")).sorted()
                    .toList();
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(directory);
    }
}
