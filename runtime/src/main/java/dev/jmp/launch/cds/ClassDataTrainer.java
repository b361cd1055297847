package dev.jmp.launch.cds;

import dev.jmp.launch.CurrentProcess;
import dev.jmp.launch.cds.ClassDataArchive.Flavour;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Creates one {@link ClassDataArchive} in a JVM of its own, started in the background by the
 * first program that needs the archive: it runs {@link ClassDataExercise} in a JVM that writes
 * the archive as it exits, checks that a JVM accepts the result, renames it into place and prunes
 * the directory. Being a JVM of its own, it finishes even when the program that started it ends
 * first; it starts no child of jmp and ends by itself within {@link #STEP_LIMIT} per step.
 *
 * <p>A JVM that refuses to write or to use the archive is recorded in a {@code .failed} file
 * (with the reason) so that the same key is not tried again; a step that ran out of time is not
 * recorded, and the next program tries again.
 */
public final class ClassDataTrainer {

    static final String FAILED_SUFFIX = ".failed";
    static final String TEMP_PREFIX = "tmp-";

    /** Longest any step (creating, checking) may take before it is abandoned. */
    static final Duration STEP_LIMIT = Duration.ofMinutes(2);

    /** Temporary files older than this were left by a trainer that did not finish. */
    private static final Duration STALE_TEMP = Duration.ofHours(1);

    private static final String NICE = "/usr/bin/nice";

    private ClassDataTrainer() {}

    /**
     * Starts the trainer for the archive {@code base} in {@code dir}; its output is discarded
     * (what goes wrong is written in the {@code .failed} file). Runs under {@code nice} when
     * there is one, so that it takes the CPU the program's own children leave.
     */
    static java.lang.Process start(Path dir, String base, Flavour flavour, List<String> options, String classPath)
            throws IOException {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Paths.get(NICE))) {
            command.addAll(List.of(NICE, "-n", "10"));
        }
        command.addAll(List.of(CurrentProcess.javaExecutable(), "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-XX:TieredStopAtLevel=1", "-Xmx64m", "-cp", classPath, ClassDataTrainer.class.getName(),
                dir.toString(), base, flavour.name()));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return builder.start();
    }

    /** {@code <dir> <base> <flavour> <jvm options...>}; the class path is this JVM's. */
    public static void main(String[] args) throws Exception {
        Path dir = Paths.get(args[0]);
        String base = args[1];
        Flavour flavour = Flavour.valueOf(args[2]);
        List<String> options = Arrays.asList(args).subList(3, args.length);
        String classPath = System.getProperty("java.class.path");
        Path temp = dir.resolve(TEMP_PREFIX + base + "-" + ProcessHandle.current().pid() + flavour.suffix);
        Path log = dir.resolve(TEMP_PREFIX + base + "-" + ProcessHandle.current().pid() + ".log");
        try {
            List<String> create = new ArrayList<>(options);
            create.addAll(flavour.createOptions(temp));
            Outcome created = run(create, classPath, ClassDataExercise.class.getName(), log);
            if (created != Outcome.OK || !Files.isRegularFile(temp)) {
                record(dir, base, created, "the JVM did not write the archive", log);
                return;
            }
            List<String> check = new ArrayList<>(options);
            check.addAll(flavour.checkOptions(temp));
            Outcome checked = run(check, classPath, "-version", log);
            if (checked != Outcome.OK) {
                record(dir, base, checked, "the JVM refuses the archive it wrote", log);
                return;
            }
            Path archive = dir.resolve(ArchiveFiles.archiveName(base, Files.size(temp), flavour));
            try {
                Files.move(temp, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                record(dir, base, Outcome.FAILED, "the cache directory cannot rename files atomically", log);
                return;
            }
            prune(dir, Instant.now());
        } finally {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(log);
        }
    }

    private enum Outcome { OK, FAILED, TIMED_OUT }

    private static Outcome run(List<String> options, String classPath, String main, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(CurrentProcess.javaExecutable());
        command.addAll(options);
        command.addAll(List.of("-cp", classPath, main));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        java.lang.Process process = builder.start();
        if (!process.waitFor(STEP_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return Outcome.TIMED_OUT;
        }
        return process.exitValue() == 0 ? Outcome.OK : Outcome.FAILED;
    }

    /** Writes {@code <base>.failed} with the reason and the JVM's last lines, unless the step only timed out. */
    private static void record(Path dir, String base, Outcome outcome, String what, Path log) throws IOException {
        if (outcome == Outcome.TIMED_OUT) {
            return;
        }
        List<String> lines = Files.isRegularFile(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        String reason = what + (lines.isEmpty() ? "" : "; it said: " + lines.get(lines.size() - 1).strip());
        List<String> content = new ArrayList<>();
        content.add(reason);
        content.addAll(lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        Path temp = dir.resolve(TEMP_PREFIX + base + "-" + ProcessHandle.current().pid() + FAILED_SUFFIX);
        Files.write(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, dir.resolve(base + FAILED_SUFFIX), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Keeps the newest {@value ClassDataArchive#KEEP_PER_CLASS_PATH} archives (and failure
     * records) of each class path and {@value ClassDataArchive#KEEP_IN_ALL} in all, and deletes
     * temporary files older than an hour. Deleting an archive a running JVM has mapped is safe.
     */
    static void prune(Path dir, Instant now) throws IOException {
        List<Path> kept = new ArrayList<>();
        Map<Path, FileTime> times = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                FileTime time;
                try {
                    time = Files.getLastModifiedTime(file);
                } catch (IOException e) {
                    continue;
                }
                if (name.startsWith(TEMP_PREFIX)) {
                    if (time.toInstant().isBefore(now.minus(STALE_TEMP))) {
                        Files.deleteIfExists(file);
                    }
                } else if (name.startsWith("cds-")) {
                    kept.add(file);
                    times.put(file, time);
                }
            }
        }
        kept.sort(Comparator.comparing((Path p) -> times.get(p)).reversed());
        Map<String, Integer> perGroup = new HashMap<>();
        int inAll = 0;
        for (Path file : kept) {
            String group = groupOf(file.getFileName().toString());
            int n = perGroup.merge(group, 1, Integer::sum);
            if (n > ClassDataArchive.KEEP_PER_CLASS_PATH || ++inAll > ClassDataArchive.KEEP_IN_ALL) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** {@code cds-<group>-...}: the part naming the JDK and class path. */
    private static String groupOf(String name) {
        int end = name.indexOf('-', "cds-".length());
        return end < 0 ? name : name.substring(0, end);
    }
}
