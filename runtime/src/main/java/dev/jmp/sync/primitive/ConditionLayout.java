package dev.jmp.sync.primitive;

/**
 * The words of a {@code Condition}'s waiters ({@link WaiterSlots}): a ticket counter, then
 * {@link #CAPACITY} slots of two words, the waiter's token and {@code ticket << 1 | signalled}.
 */
public final class ConditionLayout {

    /** The next waiter's ticket: waiters are signalled in ticket order. */
    public static final int NEXT_TICKET = 0;
    /** How many threads can wait on one condition at once. */
    public static final int CAPACITY = 64;
    /** The bit of a slot's state word set when its waiter is signalled. */
    public static final long SIGNALLED = 1;

    /** Words of a condition's waiters. */
    public static final int WORDS = 1 + 2 * CAPACITY;

    private ConditionLayout() {}

    /** The word holding the token of the waiter in {@code slot} (0: free). */
    public static int tokenAt(int slot) {
        return 1 + 2 * slot;
    }

    /** The word a waiter in {@code slot} watches: {@code ticket << 1 | signalled}. */
    public static int stateAt(int slot) {
        return 2 + 2 * slot;
    }
}
