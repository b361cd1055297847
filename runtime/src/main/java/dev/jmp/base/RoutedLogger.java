package dev.jmp.base;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A {@link System.Logger} whose records take {@link JmpLog}'s route: what a program logs through
 * it in a child reaches the parent's logger of the same name, and {@code logToStderr} applies to
 * it. What {@code Multiprocessing.getLogger()} returns.
 */
public final class RoutedLogger implements System.Logger {

    private final String name;

    public RoutedLogger(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isLoggable(Level level) {
        return JmpLog.isLoggable(name, level);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        if (isLoggable(level)) {
            JmpLog.log(name, level, localized(bundle, msg), thrown);
        }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        if (isLoggable(level)) {
            String pattern = localized(bundle, format);
            JmpLog.log(name, level, params == null || params.length == 0 ? pattern : MessageFormat.format(pattern, params));
        }
    }

    private static String localized(ResourceBundle bundle, String key) {
        if (bundle == null || key == null) {
            return key;
        }
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    @Override
    public String toString() {
        return "System.Logger " + name;
    }
}
