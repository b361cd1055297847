package dev.jmp.internal;

import java.util.Objects;

/**
 * Tasks {@code from .. to - 1} of a chunk of one entry's tasks, as they cross to a worker: the
 * arguments of tasks {@code 0 .. to - 1} in {@link ChunkEntry}'s format (the worker reads those
 * before {@code from} only for the memo), never mutated once made.
 *
 * @param entryClass the worker entry of every task of the chunk
 * @param arguments the chunk's arguments; it may hold more tasks than {@code to}
 * @param from the first task to run
 * @param to one past the last
 */
public record ChunkCall(String entryClass, byte[] arguments, int from, int to) {

    public ChunkCall {
        Objects.requireNonNull(entryClass, "entryClass");
        Objects.requireNonNull(arguments, "arguments");
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("tasks " + from + ".." + to + " of a chunk");
        }
    }

    /** How many tasks run. */
    public int size() {
        return to - from;
    }
}
