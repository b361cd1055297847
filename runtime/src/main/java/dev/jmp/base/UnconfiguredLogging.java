package dev.jmp.base;

import java.lang.System.Logger.Level;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Whether nobody configured the JDK's logging: the JDK's own {@link System.LoggerFinder} (JUL),
 * no configuration file, class or format given by a system property, the root logger with just
 * its console handler and its simple formatter, and no handler between a jmp logger and the root.
 * Then JUL would print each of jmp's lines as two, headed by a date and a class and method of
 * jmp's; jmp prints the line itself instead, as Python's last-resort handler prints a bare
 * message, still honouring the levels set on the loggers and the console handler.
 *
 * <p>While the JVM exits, JUL's own shutdown hook removes the root's handler; a root without
 * handlers then counts as unconfigured, so that what jmp says as the program ends is not lost.
 *
 * <p>Asked at every record, which is rare: a program that configures logging at any time, even
 * after jmp logged, gets jmp's records through its configuration from then on.
 */
final class UnconfiguredLogging {

    private UnconfiguredLogging() {}

    /** Whether a record of {@code logger} is printed by jmp rather than by the JDK's logging. */
    static boolean appliesTo(String logger) {
        if (!"java.logging".equals(System.LoggerFinder.getLoggerFinder().getClass().getModule().getName())) {
            return false; // a LoggerFinder of the program's: SLF4J, Log4j
        }
        if (System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null
                || System.getProperty("java.util.logging.SimpleFormatter.format") != null) {
            return false;
        }
        Logger root = LogManager.getLogManager().getLogger("");
        Handler console = consoleHandler();
        if (console == null ? !resetAtExit(root)
                : console.getFormatter() == null || console.getFormatter().getClass() != SimpleFormatter.class) {
            return false;
        }
        for (Logger l = Logger.getLogger(logger); l != null && l != root; l = l.getParent()) {
            if (l.getHandlers().length > 0 || !l.getUseParentHandlers()) {
                return false;
            }
        }
        return true;
    }

    /** Whether JUL's levels, the logger's and the console handler's, let a record of {@code level} through. */
    static boolean isLoggable(String logger, Level level) {
        java.util.logging.Level jul = jul(level);
        Handler console = consoleHandler();
        return Logger.getLogger(logger).isLoggable(jul) && jul != java.util.logging.Level.OFF
                && (console == null || jul.intValue() >= console.getLevel().intValue());
    }

    /**
     * Whether the root has no handler because JUL's own shutdown hook reset it, running beside
     * jmp's: what jmp logs while the JVM exits (a child's death, a leaked block) would be lost.
     */
    private static boolean resetAtExit(Logger root) {
        return root != null && root.getHandlers().length == 0 && ShutdownSequence.hasStarted();
    }

    /** The root logger's handler when it is exactly the console handler the JDK gives it, else null. */
    private static Handler consoleHandler() {
        Logger root = LogManager.getLogManager().getLogger("");
        Handler[] handlers = root == null ? new Handler[0] : root.getHandlers();
        return handlers.length == 1 && handlers[0].getClass() == ConsoleHandler.class ? handlers[0] : null;
    }

    /** The JDK's own mapping of {@link System.Logger} levels onto JUL's. */
    private static java.util.logging.Level jul(Level level) {
        switch (level) {
            case ALL:
                return java.util.logging.Level.ALL;
            case TRACE:
                return java.util.logging.Level.FINER;
            case DEBUG:
                return java.util.logging.Level.FINE;
            case INFO:
                return java.util.logging.Level.INFO;
            case WARNING:
                return java.util.logging.Level.WARNING;
            case ERROR:
                return java.util.logging.Level.SEVERE;
            default:
                return java.util.logging.Level.OFF;
        }
    }
}
