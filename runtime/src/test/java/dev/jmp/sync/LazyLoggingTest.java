package dev.jmp.sync;

import static dev.jmp.testing.ScriptEntry.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Multiprocessing;
import dev.jmp.Process;
import dev.jmp.StartMethod;
import dev.jmp.testing.CapturedOutput;
import dev.jmp.testing.NoLeftovers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A child that only takes a lock does not start the JDK's logging: loggers are looked up when something is logged. */
@ExtendWith(NoLeftovers.class)
class LazyLoggingTest {

    @Test
    void aChildThatTakesALockLoadsNoLogger(@TempDir Path directory) throws Exception {
        Path log = directory.resolve("class-load.log");
        try (CapturedOutput output = new CapturedOutput()) {
            Process p = Multiprocessing.getContext(StartMethod.SPAWN).process(task("lock", "print:locked"))
                    .jvmOptions("-Xlog:class+load=info:file=" + log);
            p.start();
            assertTrue(p.join(Duration.ofSeconds(60)));
            assertEquals(0, p.exitCode().orElseThrow(), output.err());
            String out = output.out() + Files.readString(log);
            assertTrue(out.contains("locked\n") && out.contains("dev.jmp.sync.primitive.OwnerWord "),
                    "the child did not take the lock: " + out.lines().filter(l -> l.contains("dev.jmp.sync")).toList());
            assertFalse(out.contains("jdk.internal.logger"), out.lines().filter(l -> l.contains("logger")).toList().toString());
        }
    }
}
