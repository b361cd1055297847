package dev.jmp.value;

import dev.jmp.internal.WireFormatException;

/**
 * Loads a class named on the wire, without initializing it, and checks that it is what the
 * reader expects before anything of it runs: a name read from another process never runs code
 * of a class that is not a record, an enum or a codec.
 */
public final class Classes {

    private Classes() {}

    /**
     * The class {@code name}, through the thread's context loader (else the runtime's), as a
     * subclass of {@code expected}; {@code what} names the expectation in the error ("a record").
     *
     * @throws WireFormatException when it is missing or is not a {@code expected}
     */
    public static <T> Class<? extends T> load(String name, Class<T> expected, String what) {
        Class<?> type;
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            type = Class.forName(name, false, loader != null ? loader : Classes.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new WireFormatException("[jmp.value.class-missing] " + name + " is not on the class path of this"
                    + " process; put it on the class path of both processes", e);
        }
        if (!expected.isAssignableFrom(type)) {
            throw new WireFormatException(name + " is not " + what + "; do both processes run the same build?");
        }
        return type.asSubclass(expected);
    }
}
