package dev.jmp.internal;

import java.util.List;

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

    /**
     * The checked exceptions the task method declares: a failure of one of these classes is
     * rebuilt as itself in the caller, as unchecked ones are ({@code dev.jmp.wire.RebuildPolicy}).
     * None, unless the generated factory names them ({@code dev.jmp.internal.task.Tasks.task(...,
     * Class...)}).
     */
    default List<Class<?>> declaredExceptions() {
        return List.of();
    }
}
