package dev.jmp.sync.primitive;

/**
 * The words of a {@code Lock} and an {@code RLock}, and of the locks inside queues: the one
 * description of them, which the locks and the deadlock detector ({@code dev.jmp.diagnostics})
 * both read.
 */
public final class LockLayout {

    /**
     * 0 when free, else the holder's token: pid, start time and thread slot ({@link OwnerWord}).
     * The word a blocked waiter records in its wait table.
     */
    public static final int OWNER = 0;
    /** {@code RLock} only: how many times the owner holds it. Only the owner reads or writes it. */
    public static final int HOLD_COUNT = 1;

    /** Words of a {@code Lock}. */
    public static final int LOCK_WORDS = 1;
    /** Words of an {@code RLock}. */
    public static final int RLOCK_WORDS = 2;

    private LockLayout() {}
}
