package dev.jmp.shm;

/**
 * Marks a type whose instances live in shared memory and can be passed to a task running in
 * another process: the object crosses as a small handle (where its memory is) and the receiving
 * process attaches to the same memory, so a write on either side is seen by the other.
 *
 * <p>Implemented by the values and arrays of this package and by every primitive of
 * {@link dev.jmp.sync}. Such objects are also {@link AutoCloseable}: see each type's
 * {@code close()} for what closing releases.
 */
public interface ProcessShareable {
}
