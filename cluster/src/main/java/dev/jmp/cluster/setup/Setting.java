package dev.jmp.cluster.setup;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Reads one {@code jmp.cluster.*} property at a time, refusing a bad value with a coded error. */
final class Setting {

    private final Function<String, String> properties;

    Setting(Function<String, String> properties) {
        this.properties = properties;
    }

    /** The trimmed value of {@code jmp.cluster.<key>}, null when unset or blank. */
    String raw(String key) {
        String value = properties.apply(ClusterSettings.PREFIX + key);
        return value == null || value.isBlank() ? null : value.trim();
    }

    String text(String key, String fallback) {
        String value = raw(key);
        return value == null ? fallback : value;
    }

    int number(String key, int fallback, int min, int max) {
        return optionalNumber(key, min, max).orElse(fallback);
    }

    Optional<Integer> optionalNumber(String key, int min, int max) {
        String value = raw(key);
        if (value == null) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return Optional.of(n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(key, value, "a whole number from " + min + " to " + max);
    }

    String choice(String key, String fallback, String... allowed) {
        String value = raw(key);
        if (value == null) {
            return fallback;
        }
        for (String a : allowed) {
            if (a.equals(value.toLowerCase(Locale.ROOT))) {
                return a;
            }
        }
        throw bad(key, value, "one of " + String.join(", ", allowed));
    }

    Path path(String key, Path fallback) {
        String value = raw(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw bad(key, value, "a file name");
        }
    }

    /** A comma-separated list of {@code host:port}, each port given: Hazelcast takes no ranges. */
    List<String> addresses(String key, String fallback) {
        String value = text(key, fallback);
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            String address = part.trim();
            int colon = address.lastIndexOf(':');
            boolean ok = colon > 0;
            if (ok) {
                try {
                    int port = Integer.parseInt(address.substring(colon + 1));
                    ok = port > 0 && port < 65536;
                } catch (NumberFormatException e) {
                    ok = false;
                }
            }
            if (!ok) {
                throw bad(key, value, "a comma-separated list of host:port, each with its own port"
                        + " (127.0.0.1:5701,127.0.0.1:5702)");
            }
            out.add(address);
        }
        return out;
    }

    private static IllegalArgumentException bad(String key, String value, String expected) {
        return new IllegalArgumentException("[jmp.cluster.bad-setting] " + ClusterSettings.PREFIX + key + " is \""
                + value + "\"; give " + expected);
    }
}
