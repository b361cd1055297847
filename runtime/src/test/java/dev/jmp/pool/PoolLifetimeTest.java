package dev.jmp.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.Deadline;
import dev.jmp.testing.JavaProgram;
import dev.jmp.testing.NoLeftovers;
import dev.jmp.testing.PoolProgram;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pool its program forgets to close neither keeps the JVM alive nor outlives it; an executor's
 * work is finished at exit, as Python joins its executors, unless a signal stops the program.
 */
@ExtendWith(NoLeftovers.class)
class PoolLifetimeTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    @Test
    void aPoolNeverClosedDoesNotKeepItsJvmFromExitingAndLeavesNoWorker() throws Exception {
        try (JavaProgram program = JavaProgram.start(List.of("-Djava.io.tmpdir=" + tmp), PoolProgram.class)) {
            assertEquals(0, program.await(LIMIT), program.err());
            String out = program.out();
            assertTrue(out.contains("result [1, 4, 9]\n"), out);
            assertTrue(out.contains("main returns\n"), out);
            List<Long> workers = Arrays.stream(out.split("\n")).filter(l -> l.startsWith("worker "))
                    .map(l -> Long.parseLong(l.substring(7))).toList();
            assertEquals(2, workers.size(), out);
            for (long pid : workers) {
                assertTrue(Deadline.await(LIMIT, () -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)),
                        "worker " + pid + " outlived its program");
            }
        }
    }

    @Test
    void workGivenToAnExecutorNeverShutDownIsFinishedBeforeTheProgramExits() throws Exception {
        Path go = tmp.resolve("go");
        try (JavaProgram program = JavaProgram.start(List.of("-Djava.io.tmpdir=" + tmp), PoolProgram.class,
                "executor", go.toString())) {
            assertEquals(0, program.await(LIMIT), program.err());
            String out = program.out();
            int returned = out.indexOf("main returns\n");
            assertTrue(returned >= 0, out);
            for (int i = 0; i < 3; i++) {
                assertTrue(out.indexOf("result " + i + "\n") > returned, "result " + i + " lost: " + out);
            }
            assertTrue(program.err().isEmpty(), program.err());
        }
    }

    @Test
    void aSignalWhileTheExitWaitsForAnExecutorsWorkStopsItsWorkersAndEndsTheProgram() throws Exception {
        Path running = tmp.resolve("running");
        try (JavaProgram program = JavaProgram.start(List.of("-Djava.io.tmpdir=" + tmp), PoolProgram.class,
                "executorhang", running.toString())) {
            String line = program.awaitLine("descendants", LIMIT).trim();
            List<Long> workers = Stream.of(line.split(" ")).map(Long::parseLong).toList();
            assertEquals(1, workers.size(), line);
            program.awaitLine("exit waits", LIMIT);
            program.process().destroy();
            assertEquals(143, program.await(LIMIT), program.err());
            for (long pid : workers) {
                assertTrue(Deadline.await(LIMIT, () -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)),
                        "worker " + pid + " outlived its program");
            }
        }
    }
}
