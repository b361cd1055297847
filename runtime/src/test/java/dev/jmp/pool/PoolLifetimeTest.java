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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A pool its program forgets to close neither keeps the JVM alive nor outlives it. */
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
}
