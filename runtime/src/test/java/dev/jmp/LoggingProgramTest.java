package dev.jmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.testing.JavaProgram;
import dev.jmp.testing.LoggingProgram;
import dev.jmp.testing.NoLeftovers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What a program's stderr shows of jmp's logging, when it configured nothing and when its JUL configuration silences jmp. */
@ExtendWith(NoLeftovers.class)
class LoggingProgramTest {

    private static final Duration LIMIT = Duration.ofSeconds(90);

    @TempDir
    Path tmp;

    @Test
    void withNothingConfiguredRecordsArePlainLinesOnStderrAChildsHeadedWithItsNameAndPid() throws Exception {
        try (JavaProgram program = JavaProgram.start(List.of("-Djava.io.tmpdir=" + tmp), LoggingProgram.class)) {
            assertEquals(0, program.await(LIMIT), program.err());
            String pid = program.out().strip().substring("done ".length());
            List<String> lines = program.err().lines().toList();
            assertTrue(lines.contains("Process-1 (pid " + pid + "): from the child"), program.err());
            assertTrue(lines.contains("java.lang.IllegalStateException: logged"), program.err());
            assertTrue(lines.contains("from main"), program.err());
            assertFalse(program.err().contains("WARNING:"), "JUL's two-line format: " + program.err());
        }
    }

    @Test
    void aJulConfigurationThatTurnsDevJmpOffSilencesTheProgramAndItsChildren() throws Exception {
        Path config = tmp.resolve("logging.properties");
        Files.writeString(config, "handlers = java.util.logging.ConsoleHandler\ndev.jmp.level = OFF\n");
        try (JavaProgram program = JavaProgram.start(List.of("-Djava.io.tmpdir=" + tmp,
                "-Djava.util.logging.config.file=" + config), LoggingProgram.class)) {
            assertEquals(0, program.await(LIMIT), program.err());
            assertTrue(program.out().startsWith("done "), program.out());
            assertEquals("", program.err());
        }
    }
}
