package dev.jmp.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.Deadline;
import dev.jmp.testing.JavaProgram;
import dev.jmp.testing.NoLeftovers;
import dev.jmp.testing.PoolProgram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C while the main thread waits in {@code Pool.map}: the program ends with status 130 and
 * one line, no stack trace, and leaves no worker and no shared-memory file behind.
 * A terminal's Ctrl-C signals the whole foreground group, the workers too; a {@code kill -INT}
 * the program alone.
 */
@ExtendWith(NoLeftovers.class)
class PoolInterruptTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String LINE = "[jmp.interrupted] SIGINT while thread \"main\" waited in Pool.map; stopping the program";

    @TempDir
    Path tmp;

    @Test
    void ctrlCToTheProgramAndItsWorkersEndsItWithOneLine() throws Exception {
        interruptWhileInMap(true);
    }

    @Test
    void sigintToTheProgramAloneEndsItWithOneLine() throws Exception {
        interruptWhileInMap(false);
    }

    private void interruptWhileInMap(boolean workersToo) throws Exception {
        Path started = Files.createDirectory(tmp.resolve("started"));
        Path shm = Files.createDirectory(tmp.resolve("shm"));
        Path temp = Files.createDirectory(tmp.resolve("temp"));
        // A JVM started with SIGINT ignored (a background job of a script) keeps ignoring it: undo that.
        try (JavaProgram program = JavaProgram.start(List.of("env", "--default-signal=INT"),
                List.of("-Djava.io.tmpdir=" + temp, "-Djmp.shm.dir=" + shm), PoolProgram.class, "maphang", started.toString())) {
            assertTrue(Deadline.await(LIMIT, () -> Files.exists(started.resolve("a")) && Files.exists(started.resolve("b"))
                    || !program.process().isAlive()), "the tasks did not start: " + program.err());
            Assumptions.assumeFalse(ignoresSigint(program.process().pid()), "SIGINT is ignored here");
            List<Long> workers = program.process().descendants().map(ProcessHandle::pid).toList();
            assertEquals(2, workers.size(), workers.toString());
            List<String> kill = new ArrayList<>(List.of("kill", "-INT", Long.toString(program.process().pid())));
            if (workersToo) {
                workers.forEach(w -> kill.add(Long.toString(w)));
            }
            assertEquals(0, new ProcessBuilder(kill).inheritIO().start().waitFor());
            assertEquals(130, program.await(LIMIT), program.err());
            assertEquals(LINE, program.err().strip());
            for (long pid : workers) {
                assertTrue(Deadline.await(LIMIT, () -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)),
                        "worker " + pid + " outlived its program");
            }
            try (Stream<Path> left = Files.list(shm)) {
                assertEquals(List.of(), left.toList());
            }
        }
    }

    private static boolean ignoresSigint(long pid) throws IOException {
        String status = Files.readString(Path.of("/proc/" + pid + "/status"));
        String ignored = status.lines().filter(l -> l.startsWith("SigIgn:")).findFirst().orElse("SigIgn: 0").substring(7).strip();
        return (Long.parseUnsignedLong(ignored, 16) & (1L << 1)) != 0;
    }
}
