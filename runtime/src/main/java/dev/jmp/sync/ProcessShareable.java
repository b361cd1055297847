package dev.jmp.sync;

import dev.jmp.internal.Attachable;

/**
 * Marks a type whose instances live in shared memory and can be passed to a task in another
 * process: the object crosses as a small handle (where its memory is) and the receiving
 * process attaches to the same memory, so a write on either side is seen by the other.
 *
 * <p>Implemented by every primitive of this package, by the values and arrays of
 * {@link dev.jmp.shm}, by queues, connections and manager proxies. Such objects are also
 * {@link AutoCloseable}: see each type's {@code close()} for what closing releases. It lives
 * here, with the locks, because every other kind of shared object builds on them.
 */
public interface ProcessShareable extends Attachable {
}
