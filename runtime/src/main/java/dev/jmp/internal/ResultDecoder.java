package dev.jmp.internal;

/**
 * Turns the bytes a task's worker entry returned into the task's result. The generated factory
 * gives every {@link dev.jmp.Task} the static {@code decodeResult} of the task's entry, so the
 * process that made the task decodes its result without loading anything by name.
 *
 * @param <R> the task method's return type ({@link Void} for {@code void})
 */
@FunctionalInterface
public interface ResultDecoder<R> {

    /** Decodes what the entry's {@link TaskEntry#invoke} returned; {@code null} for {@code void}. */
    R decode(byte[] result);
}
