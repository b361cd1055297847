package dev.jmp.diagnostics;

/**
 * A thread blocked in a lock's or a semaphore's acquire or at a barrier, as its process recorded
 * it in its wait table.
 *
 * @param token the waiter's owner token, what a lock's owner word holds once it gets it
 * @param lockKind what it waits for, one of {@code WaitTableLayout.KINDS}
 * @param lockSegment the segment file of the object's recorded word (see {@code WaitTableLayout.KINDS})
 * @param lockOffset that word's byte offset in the segment
 * @param timed whether the wait has a deadline, so that it ends even if the object never comes free
 */
record Waiter(long pid, String processName, long token, long threadId, String threadName,
        String lockKind, String lockSegment, int lockOffset, boolean timed, String stack) {}
