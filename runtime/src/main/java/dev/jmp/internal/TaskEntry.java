package dev.jmp.internal;

/**
 * Implemented by every generated worker entry. A child JVM loads the entry class named in the
 * task it receives, instantiates it with its public no-argument constructor and calls
 * {@link #invoke}. The parent decodes what comes back with the {@link ResultDecoder} the task
 * carries (the entry's static {@code decodeResult}), never through an entry loaded by name.
 */
public interface TaskEntry {

    /**
     * Decodes the arguments, runs the task and encodes its result (no bytes for {@code void}).
     * Exceptions of the task propagate unchanged.
     */
    byte[] invoke(byte[] arguments) throws Throwable;
}
