package dev.jmp;

import dev.jmp.launch.child.ChildMain;
import java.time.Duration;

/**
 * The system properties that set a {@link Context}'s defaults from the command line; a value
 * that is neither of the allowed ones fails the first context made, naming the property.
 */
final class ContextProperties {

    private ContextProperties() {}

    /** {@code jmp.startMethod}: the default start method, spawn when unset. */
    static StartMethod startMethod() {
        String property = System.getProperty(Context.START_METHOD_PROPERTY);
        try {
            return property == null || property.isBlank() ? StartMethod.SPAWN : StartMethod.parse(property);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the system property " + Context.START_METHOD_PROPERTY + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * {@code jmp.warmUp}: warm-up unless it is {@code false}; {@code always} is a warm-up too, which
     * children read themselves; anything else is an error.
     */
    static boolean warmUp() {
        String property = System.getProperty(ChildMain.WARM_UP_PROPERTY);
        String value = property == null ? "" : property.strip();
        if (value.isEmpty() || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("always")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalStateException("[jmp.context.warm-up] the system property " + ChildMain.WARM_UP_PROPERTY
                + " is " + property + "; set it to true, always or false (true: spares warm up while the machine"
                + " has room; always: whatever its load; false: never)");
    }

    /** {@code jmp.workerReuse}: false or 0 (off), true (the default timeout), or milliseconds. */
    static Duration workerReuse() {
        String property = System.getProperty(Context.WORKER_REUSE_PROPERTY);
        String value = property == null ? "" : property.strip();
        if (value.isEmpty() || value.equalsIgnoreCase("true")) {
            return Context.DEFAULT_WORKER_REUSE;
        }
        if (value.equalsIgnoreCase("false")) {
            return Duration.ZERO;
        }
        try {
            long millis = Long.parseLong(value);
            if (millis >= 0) {
                return Duration.ofMillis(millis);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException("[jmp.context.worker-reuse] the system property " + Context.WORKER_REUSE_PROPERTY
                + " is " + property + "; set it to false (workers are not reused), true, or an idle timeout in"
                + " milliseconds");
    }
}
