package dev.jmp.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.testing.CapturedOutput;
import dev.jmp.testing.CapturedRecords;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where jmp's records go: to the logger of their name, at their level, once the program's
 * logging has a say; as the bare message on stderr while nobody configured anything; to a parent
 * when one takes them.
 */
class JmpLogTest {

    private static final List<String> NAMES = List.of(JmpLog.PROCESS, JmpLog.POOL, JmpLog.LAUNCH, JmpLog.SYNC,
            JmpLog.MANAGER, JmpLog.SHM, JmpLog.RUNTIME, JmpLog.CLUSTER);

    /**
     * JUL's console handler takes {@code System.err} when it is made, on the first record: made
     * while a test captures stderr, it would print there what the test expects only logged.
     */
    @BeforeAll
    static void makeTheConsoleHandlerOnTheRealStderr() {
        Logger.getLogger("").getHandlers();
    }

    @AfterEach
    void stopForwarding() {
        JmpLog.forwardTo(null);
    }

    @Test
    void everyNameIsUnderTheJmpLoggerAndItsRecordsKeepNameLevelAndException() {
        IllegalStateException boom = new IllegalStateException("boom");
        try (CapturedOutput output = new CapturedOutput(); CapturedRecords captured = new CapturedRecords(JmpLog.ROOT)) {
            for (String name : NAMES) {
                assertTrue(name.startsWith(JmpLog.ROOT + "."), name);
                JmpLog.log(name, Level.WARNING, "[jmp.test] warned by " + name, boom);
                JmpLog.log(name, Level.ERROR, "[jmp.test] failed in " + name);
                JmpLog.log(name, Level.DEBUG, "[jmp.test] below the level");
            }
            List<LogRecord> records = captured.records();
            assertEquals(2 * NAMES.size(), records.size(), records.toString());
            for (int i = 0; i < NAMES.size(); i++) {
                LogRecord warned = records.get(2 * i);
                assertEquals(NAMES.get(i), warned.getLoggerName());
                assertEquals(java.util.logging.Level.WARNING, warned.getLevel());
                assertEquals("[jmp.test] warned by " + NAMES.get(i), warned.getMessage());
                assertSame(boom, warned.getThrown());
                assertEquals(java.util.logging.Level.SEVERE, records.get(2 * i + 1).getLevel());
            }
            assertFalse(output.err().contains("[jmp.test]"), "printed as well as logged: " + output.err());
        }
    }

    @Test
    void withLoggingUnconfiguredTheMessageReachesStderrAsItIs() {
        try (CapturedOutput output = new CapturedOutput()) {
            JmpLog.log(JmpLog.POOL, Level.WARNING, "[jmp.test] a line", new IllegalStateException("boom"));
            JmpLog.log(JmpLog.POOL, Level.DEBUG, "[jmp.test] below the level");
            String err = output.err();
            assertTrue(err.startsWith("[jmp.test] a line" + System.lineSeparator()
                    + "java.lang.IllegalStateException: boom" + System.lineSeparator() + "\tat "), err);
            assertFalse(err.contains("below the level"), err);
        }
    }

    @Test
    void aLevelSetOnTheJmpLoggerSilencesIt() {
        Logger jmp = Logger.getLogger(JmpLog.ROOT);
        jmp.setLevel(java.util.logging.Level.OFF);
        try (CapturedOutput output = new CapturedOutput()) {
            JmpLog.log(JmpLog.SYNC, Level.ERROR, "[jmp.test] silenced");
            assertEquals("", output.err());
        } finally {
            jmp.setLevel(null);
        }
    }

    @Test
    void aRecordFromAChildIsHeadedWithItsNameAndPid() {
        try (CapturedOutput output = new CapturedOutput()) {
            JmpLog.fromChild("Process-7", 4242, JmpLog.SYNC, Level.WARNING, "[jmp.test] taken over", "the trace\n");
            assertEquals("Process-7 (pid 4242): [jmp.test] taken over" + System.lineSeparator() + "the trace\n",
                    output.err());
        }
    }

    @Test
    void aForwarderTakesTheRecordAndWhatItCannotTakeIsLoggedHere() {
        List<String> sent = new java.util.ArrayList<>();
        boolean[] reachable = {true};
        JmpLog.forwardTo((logger, level, message, thrown) -> {
            if (reachable[0]) {
                sent.add(logger + " " + level + " " + message + " " + thrown.lines().findFirst().orElse(""));
            }
            return reachable[0];
        });
        try (CapturedOutput output = new CapturedOutput()) {
            JmpLog.log(JmpLog.POOL, Level.INFO, "[jmp.test] to the parent", new IllegalStateException("boom"));
            assertEquals(List.of("dev.jmp.pool INFO [jmp.test] to the parent java.lang.IllegalStateException: boom"), sent);
            reachable[0] = false;
            JmpLog.log(JmpLog.POOL, Level.WARNING, "[jmp.test] the parent is gone");
            assertEquals(1, sent.size());
            assertEquals("[jmp.test] the parent is gone" + System.lineSeparator(), output.err());
        }
    }
}
