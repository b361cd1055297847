package dev.jmp.testing;

import dev.jmp.base.Deadline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects the records that reach a JUL logger, as a program that routes jmp's logging to JUL
 * would see them, for the duration of a test. A handler on the logger makes the JDK's logging
 * count as configured for it and its children, so jmp logs through it instead of printing.
 */
public final class CapturedRecords extends Handler implements AutoCloseable {

    private final Logger logger; // held: JUL keeps its loggers weakly
    private final List<LogRecord> records = new ArrayList<>();

    public CapturedRecords(String loggerName) {
        logger = Logger.getLogger(loggerName);
        logger.addHandler(this);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
    }

    /** The records so far. */
    public synchronized List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** Waits for a record that matches {@code which} and returns it. */
    public LogRecord await(Predicate<LogRecord> which, Duration limit) throws InterruptedException {
        if (!Deadline.await(limit, () -> records().stream().anyMatch(which))) {
            throw new AssertionError("no such record within " + limit + "; records: "
                    + records().stream().map(r -> r.getLoggerName() + " " + r.getLevel() + " " + r.getMessage()).toList());
        }
        return records().stream().filter(which).findFirst().orElseThrow();
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
