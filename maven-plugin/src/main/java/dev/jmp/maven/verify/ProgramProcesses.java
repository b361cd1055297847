package dev.jmp.maven.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every process of one verified program, found by a marker in the environment: the program is
 * started with {@link #MARKER}{@code =<random id>}, and every process it starts, directly or not,
 * inherits it, also one that outlives its parent and is re-parented (which
 * {@link ProcessHandle#descendants()} would no longer show). Reads {@code /proc/<pid>/environ},
 * so it finds nothing where there is no {@code /proc}; the program's tree is searched too.
 */
public final class ProgramProcesses {

    /** The environment variable that marks a verified program's processes. */
    public static final String MARKER = "JMP_VERIFY_RUN";

    private static final Path PROC = Path.of("/proc");

    private ProgramProcesses() {}

    /** The live processes whose environment has {@code MARKER=marker}, other than this JVM. */
    public static List<ProcessHandle> marked(String marker) {
        byte[] wanted = (MARKER + "=" + marker).getBytes(StandardCharsets.UTF_8);
        List<ProcessHandle> found = new ArrayList<>();
        if (!Files.isDirectory(PROC)) {
            return found;
        }
        try (Stream<Path> entries = Files.list(PROC)) {
            entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .mapToLong(Long::parseLong).filter(pid -> pid != ProcessHandle.current().pid())
                    .filter(pid -> hasEntry(pid, wanted)).forEach(pid -> ProcessHandle.of(pid)
                            .filter(ProcessHandle::isAlive).ifPresent(found::add));
        } catch (IOException e) {
            return found;
        }
        return found;
    }

    /** {@code root} and the live processes of the program, root first. */
    public static List<ProcessHandle> of(ProcessHandle root, String marker) {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(root);
        root.descendants().filter(p -> !all.contains(p)).forEach(all::add);
        marked(marker).stream().filter(p -> !all.contains(p)).forEach(all::add);
        return all;
    }

    private static boolean hasEntry(long pid, byte[] wanted) {
        byte[] environ;
        try {
            environ = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("environ"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
        // Entries are NUL-terminated KEY=value strings.
        for (int start = 0; start + wanted.length <= environ.length; ) {
            int end = start;
            while (end < environ.length && environ[end] != 0) {
                end++;
            }
            if (end - start == wanted.length && java.util.Arrays.equals(environ, start, end, wanted, 0, wanted.length)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }
}
