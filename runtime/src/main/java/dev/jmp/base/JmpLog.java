package dev.jmp.base;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.System.Logger.Level;

/**
 * Everything jmp reports on its own (a child's death, a pool never closed, a lock taken over
 * from the dead, the class-data archive) goes through here, to a {@link System.Logger} of one of
 * the names below, so that a program routes it to JUL, SLF4J or Log4j as it routes the rest, or
 * silences it. Python's {@code multiprocessing} logger is {@link #ROOT}.
 *
 * <p>Where a record goes:
 * <ul>
 *   <li>in a child whose parent is reachable, to the parent ({@link #forwardTo}), which logs it
 *       under the same name, headed with the child's name and pid ({@link #fromChild});</li>
 *   <li>after {@link #logToStderr}, to {@code System.err} as {@code [LEVEL/process] message},
 *       Python's {@code log_to_stderr()} format, and nowhere else;</li>
 *   <li>while the JDK's logging is as the JVM started it ({@link UnconfiguredLogging}), to
 *       {@code System.err} as the plain message, which is what jmp printed before it logged;</li>
 *   <li>otherwise to {@code System.getLogger(name)}.</li>
 * </ul>
 * Nothing here starts the JDK's logging before there is a record to log: a child that never logs
 * never pays for it.
 */
public final class JmpLog {

    /** The parent of every jmp logger; Python's {@code multiprocessing} logger. */
    public static final String ROOT = "dev.jmp";
    /** Children: a death report, a child that cannot reach its parent. */
    public static final String PROCESS = "dev.jmp.process";
    /** Pools and executors: a pool never closed, a callback or initializer that threw. */
    public static final String POOL = "dev.jmp.pool";
    /** Starting child JVMs: the class-data archive ({@code [jmp.cds]}). */
    public static final String LAUNCH = "dev.jmp.launch";
    /** Locks and semaphores: an owner that died holding one. */
    public static final String SYNC = "dev.jmp.sync";
    /** Managers and their proxies. */
    public static final String MANAGER = "dev.jmp.manager";
    /** Shared memory blocks: one never closed. */
    public static final String SHM = "dev.jmp.shm";
    /** The runtime's files and its exit: a file it could not remove, a failed shutdown step. */
    public static final String RUNTIME = "dev.jmp.runtime";
    /**
     * The cluster module (jmp-cluster-hazelcast): commands a member refused, a member running
     * other code than its driver, a process lost with its member, a member's sessions.
     */
    public static final String CLUSTER = "dev.jmp.cluster";

    private static volatile LogForwarder forwarder;
    /** Set by {@link #logToStderr}; null while records go to the loggers. */
    private static volatile Level stderrLevel;

    private JmpLog() {}

    /** Logs {@code message} under {@code logger}. */
    public static void log(String logger, Level level, String message) {
        log(logger, level, message, null);
    }

    /** Logs {@code message} and {@code thrown} (may be null) under {@code logger}. */
    public static void log(String logger, Level level, String message, Throwable thrown) {
        LogForwarder f = forwarder;
        if (f != null && f.forward(logger, level, message, thrown == null ? null : stackTrace(thrown))) {
            return;
        }
        publish(logger, level, null, 0, message, thrown, null);
    }

    /**
     * Logs a record a child sent, under its logger's name, headed with the child's name and pid;
     * {@code thrown} is the child's stack trace as text, or null.
     */
    public static void fromChild(String childName, long pid, String logger, Level level, String message,
            String thrown) {
        publish(logger, level, childName, pid, message, null, thrown);
    }

    /**
     * From now on, this process's records go to {@code forwarder} (a child's parent); those it
     * does not take, because the parent is unreachable, are logged here. Null stops forwarding.
     */
    public static void forwardTo(LogForwarder forwarder) {
        JmpLog.forwarder = forwarder;
    }

    /**
     * Python's {@code log_to_stderr(level)}: records of {@code level} and above, this process's
     * and its children's, go to {@code System.err} as {@code [LEVEL/process] message}, the others
     * nowhere; {@link Level#OFF} silences jmp. Null sends them to the loggers again.
     */
    public static void logToStderr(Level level) {
        stderrLevel = level;
    }

    /** Whether a record of {@code level} under {@code logger} would be written somewhere. */
    public static boolean isLoggable(String logger, Level level) {
        Level quick = stderrLevel;
        if (quick != null) {
            return atLeast(level, quick);
        }
        return forwarder != null || System.getLogger(logger).isLoggable(level);
    }

    /** @param childName the child that logged the record, or null for this process's own */
    private static void publish(String logger, Level level, String childName, long pid, String message,
            Throwable thrown, String thrownText) {
        Level quick = stderrLevel;
        if (quick != null) {
            if (atLeast(level, quick)) {
                String process = childName == null ? ProcessName.current() : childName;
                print("[" + level.getName() + "/" + process + "] " + message, trace(thrown, thrownText));
            }
            return;
        }
        String headed = childName == null ? message : childName + " (pid " + pid + "): " + message;
        if (UnconfiguredLogging.appliesTo(logger)) {
            if (UnconfiguredLogging.isLoggable(logger, level)) {
                print(headed, trace(thrown, thrownText));
            }
        } else if (thrown != null) {
            System.getLogger(logger).log(level, headed, thrown);
        } else {
            // a child's exception arrives as text: it goes with the message
            System.getLogger(logger).log(level, thrownText == null ? headed : headed + System.lineSeparator() + thrownText);
        }
    }

    private static String trace(Throwable thrown, String thrownText) {
        return thrownText != null ? thrownText : thrown == null ? null : stackTrace(thrown);
    }

    private static boolean atLeast(Level level, Level threshold) {
        return threshold != Level.OFF && level != Level.OFF && level.getSeverity() >= threshold.getSeverity();
    }

    /** One write, so that the lines of a record are not interleaved with other output. */
    private static void print(String message, String trace) {
        java.io.PrintStream err = System.err;
        if (err != null) {
            String line = message + System.lineSeparator();
            err.print(trace == null ? line : line + trace);
            err.flush();
        }
    }

    private static String stackTrace(Throwable thrown) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        thrown.printStackTrace(out);
        out.flush();
        return text.toString();
    }
}
