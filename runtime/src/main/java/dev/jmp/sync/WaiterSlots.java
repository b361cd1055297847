package dev.jmp.sync;

import dev.jmp.shm.LongArray;

/**
 * The waiters of a {@link Condition}, in shared memory: a ticket counter, then {@link #CAPACITY}
 * slots of two words, the waiter's token and {@code ticket << 1 | signalled}. Every change is
 * made while holding the condition's lock; a waiter only reads its own slot while it waits.
 */
final class WaiterSlots {

    static final int CAPACITY = 64;
    private static final int NEXT_TICKET = 0;
    private static final long SIGNALLED = 1;

    private final LongArray words;

    WaiterSlots(LongArray words) {
        this.words = words;
    }

    static WaiterSlots create() {
        return new WaiterSlots(LongArray.createRaw(1 + 2 * CAPACITY));
    }

    LongArray words() {
        return words;
    }

    static int tokenAt(int slot) {
        return 1 + 2 * slot;
    }

    /** The word a waiter in {@code slot} watches. */
    static int stateAt(int slot) {
        return 2 + 2 * slot;
    }

    /** Takes a slot for the calling thread; reuses slots of dead waiters when all are taken. */
    int enter() {
        for (int pass = 0; pass < 2; pass++) {
            for (int slot = 0; slot < CAPACITY; slot++) {
                long token = words.get(tokenAt(slot));
                if (token == 0 || (pass == 1 && OwnerLiveness.isDead(token))) {
                    long ticket = words.get(NEXT_TICKET);
                    words.set(NEXT_TICKET, ticket + 1);
                    words.set(stateAt(slot), ticket << 1);
                    words.set(tokenAt(slot), OwnerTokens.current());
                    return slot;
                }
            }
        }
        throw new IllegalStateException("[jmp.sync.condition-full] more than " + CAPACITY
                + " threads wait on one Condition at once; use several conditions or fewer waiters");
    }

    boolean isSignalled(int slot) {
        return (words.get(stateAt(slot)) & SIGNALLED) != 0;
    }

    void leave(int slot) {
        words.set(tokenAt(slot), 0);
        words.set(stateAt(slot), 0);
    }

    /** Signals up to {@code n} waiters, longest-waiting first, skipping dead ones; returns how many. */
    int signal(int n) {
        int signalled = 0;
        while (signalled < n) {
            int oldest = -1;
            long oldestState = Long.MAX_VALUE;
            for (int slot = 0; slot < CAPACITY; slot++) {
                long token = words.get(tokenAt(slot));
                long state = words.get(stateAt(slot));
                if (token == 0 || (state & SIGNALLED) != 0) {
                    continue;
                }
                if (OwnerLiveness.isDead(token)) {
                    leave(slot);
                } else if (state < oldestState) {
                    oldest = slot;
                    oldestState = state;
                }
            }
            if (oldest < 0) {
                break;
            }
            words.set(stateAt(oldest), oldestState | SIGNALLED);
            WaitLoop.STRATEGY.wake(words, stateAt(oldest));
            signalled++;
        }
        return signalled;
    }
}
