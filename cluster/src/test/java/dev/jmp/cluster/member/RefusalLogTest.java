package dev.jmp.cluster.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jmp.base.JmpLog;
import dev.jmp.testing.CapturedOutput;
import dev.jmp.testing.CapturedRecords;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A member's refusals are records of the logger {@code dev.jmp.cluster}: one plain line on stderr
 * while nobody configured logging, a warning of that logger once a program routes jmp's logging,
 * and nothing once its level silences it.
 */
class RefusalLogTest {

    private static final String REFUSAL = "[jmp.cluster.bad-signature] a command of driver tester";

    /** JUL's console handler takes {@code System.err} when it is made: before a test captures it. */
    @BeforeAll
    static void makeTheConsoleHandlerOnTheRealStderr() {
        Logger.getLogger("").getHandlers();
    }

    @Test
    void withLoggingUnconfiguredARefusalIsOnePlainLineOnStderr() {
        try (CapturedOutput output = new CapturedOutput()) {
            new RefusalLog().log(REFUSAL);
            assertEquals("[jmp.cluster.refused] " + REFUSAL + System.lineSeparator(), output.err());
            assertEquals("", output.out());
        }
    }

    @Test
    void withLoggingConfiguredARefusalIsAWarningOfTheClusterLogger() {
        try (CapturedOutput output = new CapturedOutput(); CapturedRecords captured = new CapturedRecords(JmpLog.ROOT)) {
            new RefusalLog().log(REFUSAL);
            List<LogRecord> records = captured.records();
            assertEquals(1, records.size(), records.toString());
            assertEquals("dev.jmp.cluster", records.get(0).getLoggerName());
            assertEquals(Level.WARNING, records.get(0).getLevel());
            assertEquals("[jmp.cluster.refused] " + REFUSAL, records.get(0).getMessage());
            assertEquals("", output.err(), "logged, not printed as well");
        }
    }

    @Test
    void aLevelSetOnTheClusterLoggerSilencesIt() {
        Logger cluster = Logger.getLogger(JmpLog.CLUSTER);
        cluster.setLevel(Level.OFF);
        try (CapturedOutput output = new CapturedOutput()) {
            new RefusalLog().log(REFUSAL);
            assertEquals("", output.err());
        } finally {
            cluster.setLevel(null);
        }
    }
}
