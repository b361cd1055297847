package dev.jmp.manager.server;

/**
 * One acquisition of a {@link ServedLockable}, pending until its caller is known to have its
 * reply ({@link ServedLockable#confirm}) or undone if it never gets it ({@link ServedLockable#revoke}).
 *
 * @param generation which holding of the lock it belongs to: the lock counts every change of holder,
 *                   so an undo that comes late never releases a later holder's lock
 * @param holds      how many holds it added (an RLock restored after a condition wait gets all back)
 * @param tookOver   whether it took the lock over from a process that went while holding it
 */
record Hold(long generation, int holds, boolean tookOver) {}
