package dev.jmp.internal;

import java.util.Objects;

/**
 * Tasks {@code from .. to - 1} of a chunk of one entry's tasks, as they cross to a worker: the
 * arguments of tasks {@code 0 .. to - 1} in {@link ChunkEntry}'s format (the worker reads those
 * before {@code from} only for the memo), never mutated once made.
 *
 * @param entryClass the worker entry of every task of the chunk
 * @param arguments holds the chunk's arguments, {@code length} bytes at {@code offset}: the
 *        buffer they were written to, or the frame they arrived in, not a copy; they may hold
 *        more tasks than {@code to}
 * @param offset where the arguments start in {@code arguments}
 * @param length how many bytes they take
 * @param from the first task to run
 * @param to one past the last
 */
public record ChunkCall(String entryClass, byte[] arguments, int offset, int length, int from, int to) {

    public ChunkCall {
        Objects.requireNonNull(entryClass, "entryClass");
        Objects.requireNonNull(arguments, "arguments");
        if (offset < 0 || length < 0 || length > arguments.length - offset) {
            throw new IllegalArgumentException(length + " bytes at " + offset + " of " + arguments.length);
        }
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("tasks " + from + ".." + to + " of a chunk");
        }
    }

    /** Tasks {@code from .. to - 1} of a chunk whose arguments are the whole of {@code arguments}. */
    public ChunkCall(String entryClass, byte[] arguments, int from, int to) {
        this(entryClass, arguments, 0, arguments.length, from, to);
    }

    /** A reader of the arguments, at the first task's. */
    public WireInput input() {
        return new WireInput(arguments, offset, length);
    }

    /** How many tasks run. */
    public int size() {
        return to - from;
    }
}
