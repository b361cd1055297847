package dev.jmp.pool;

/**
 * Where a single submitted task is: the worker and batch it was sent in, or neither while it is
 * queued, and whether {@code cancel()} has decided it must not run. Read and written only by
 * {@link PoolState}, under its lock; the task's future asks it.
 */
final class Placement {

    Worker worker;
    Batch batch;
    boolean cancelled;
}
