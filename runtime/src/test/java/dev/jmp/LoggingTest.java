package dev.jmp;

import static dev.jmp.testing.ScriptEntry.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.JmpLog;
import dev.jmp.pool.Pool;
import dev.jmp.testing.CapturedOutput;
import dev.jmp.testing.CapturedRecords;
import dev.jmp.testing.NoLeftovers;
import dev.jmp.testing.PoolTasks;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Python's {@code get_logger()} and {@code log_to_stderr()}, and a child's records reaching the
 * parent's logger as records, headed with the child's name and pid, not as text on its stderr.
 */
@ExtendWith(NoLeftovers.class)
class LoggingTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void getLoggerIsTheParentOfJmpsLoggers() {
        System.Logger logger = Multiprocessing.getLogger();
        assertEquals("dev.jmp", logger.getName());
        try (CapturedRecords captured = new CapturedRecords("dev.jmp")) {
            logger.log(Level.INFO, "{0} and {1}", "this", 2);
            LogRecord r = captured.records().get(0);
            assertEquals("dev.jmp", r.getLoggerName());
            assertEquals(java.util.logging.Level.INFO, r.getLevel());
            assertEquals("this and 2", r.getMessage());
        }
    }

    @Test
    void logToStderrWritesPythonsFormatFromItsLevelUpAndOffSilences() {
        try (CapturedOutput output = new CapturedOutput(); CapturedRecords captured = new CapturedRecords("dev.jmp")) {
            System.Logger logger = Multiprocessing.logToStderr(Level.INFO);
            assertEquals("dev.jmp", logger.getName());
            assertFalse(logger.isLoggable(Level.DEBUG));
            logger.log(Level.WARNING, "careful");
            logger.log(Level.DEBUG, "detail");
            JmpLog.log(JmpLog.POOL, Level.INFO, "[jmp.test] from the pool");
            JmpLog.fromChild("Process-7", 4242, JmpLog.SYNC, Level.ERROR, "[jmp.test] from a child", null);
            Multiprocessing.logToStderr(Level.OFF);
            logger.log(Level.ERROR, "silenced");
            String nl = System.lineSeparator();
            assertEquals("[WARNING/MainProcess] careful" + nl + "[INFO/MainProcess] [jmp.test] from the pool" + nl
                    + "[ERROR/Process-7] [jmp.test] from a child" + nl, output.err());
            assertTrue(captured.records().isEmpty(), "logToStderr replaces the loggers: " + captured.records());
        } finally {
            JmpLog.logToStderr(null);
        }
    }

    @Test
    void aProcessChildsRecordReachesTheParentsLoggerAsARecord() throws Exception {
        try (CapturedOutput output = new CapturedOutput(); CapturedRecords captured = new CapturedRecords("dev.jmp")) {
            Process p = new Process(task("log:hello from the child"));
            p.start();
            assertTrue(p.join(LIMIT));
            assertEquals(0, p.exitCode().orElseThrow(), output.err());
            LogRecord r = captured.await(x -> x.getMessage().contains("hello from the child"), LIMIT);
            assertEquals("dev.jmp", r.getLoggerName());
            assertEquals(java.util.logging.Level.WARNING, r.getLevel());
            String head = p.name() + " (pid " + p.pid() + "): hello from the child" + System.lineSeparator();
            assertTrue(r.getMessage().startsWith(head + "java.lang.IllegalStateException: logged"), r.getMessage());
            assertFalse(output.err().contains("hello from the child"), "the record came as text: " + output.err());
        }
    }

    @Test
    void aPoolWorkersRecordReachesTheParentsLoggerAsARecord() throws Exception {
        try (CapturedOutput output = new CapturedOutput(); CapturedRecords captured = new CapturedRecords("dev.jmp");
                Pool pool = new Pool(1)) {
            String worker = pool.apply(PoolTasks.steps("log:hello from a worker", "name", "return: ", "pid"));
            LogRecord r = captured.await(x -> x.getMessage().contains("hello from a worker"), LIMIT);
            String[] nameAndPid = worker.split(" ");
            assertTrue(r.getMessage().startsWith(nameAndPid[0] + " (pid " + nameAndPid[1] + "): hello from a worker"),
                    r.getMessage());
            assertFalse(output.err().contains("hello from a worker"), "the record came as text: " + output.err());
        }
    }
}
