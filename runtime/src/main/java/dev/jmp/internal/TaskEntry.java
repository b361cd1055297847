package dev.jmp.internal;

/**
 * Implemented by every generated worker entry. A child JVM loads the entry class named in the
 * task it receives, instantiates it with its public no-argument constructor and calls
 * {@link #invoke}; the parent uses {@link #decodeResult} on what comes back.
 */
public interface TaskEntry {

    /**
     * Decodes the arguments, runs the task and encodes its result (no bytes for {@code void}).
     * Exceptions of the task propagate unchanged.
     */
    byte[] invoke(byte[] arguments) throws Throwable;

    /** Decodes what {@link #invoke} returned; {@code null} for {@code void}. */
    Object decodeResult(byte[] result);
}
