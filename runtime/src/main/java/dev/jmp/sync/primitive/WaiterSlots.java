package dev.jmp.sync.primitive;

import static dev.jmp.sync.primitive.ConditionLayout.CAPACITY;
import static dev.jmp.sync.primitive.ConditionLayout.NEXT_TICKET;
import static dev.jmp.sync.primitive.ConditionLayout.SIGNALLED;
import static dev.jmp.sync.primitive.ConditionLayout.stateAt;
import static dev.jmp.sync.primitive.ConditionLayout.tokenAt;

import dev.jmp.base.Deadline;
import dev.jmp.memory.SharedWords;

/**
 * The waiters of a {@code Condition}, in shared memory ({@link ConditionLayout}). Every change
 * is made while holding the condition's lock; a waiter only reads its own slot while it waits.
 */
public final class WaiterSlots {

    private final SharedWords words;

    public WaiterSlots(SharedWords words) {
        this.words = words;
    }

    /** Slots for a new condition, none taken. */
    public static WaiterSlots create() {
        return new WaiterSlots(SharedWords.allocate(ConditionLayout.WORDS));
    }

    public SharedWords words() {
        return words;
    }

    /** Takes a slot for the calling thread; reuses slots of dead waiters when all are taken. */
    public int enter() {
        for (int pass = 0; pass < 2; pass++) {
            for (int slot = 0; slot < CAPACITY; slot++) {
                long token = words.getVolatile(tokenAt(slot));
                if (token == 0 || (pass == 1 && OwnerLiveness.isDead(token))) {
                    long ticket = words.getVolatile(NEXT_TICKET);
                    words.setVolatile(NEXT_TICKET, ticket + 1);
                    words.setVolatile(stateAt(slot), ticket << 1);
                    words.setVolatile(tokenAt(slot), OwnerTokens.current());
                    return slot;
                }
            }
        }
        throw new IllegalStateException("[jmp.sync.condition-full] more than " + CAPACITY
                + " threads wait on one Condition at once; use several conditions or fewer waiters");
    }

    public boolean isSignalled(int slot) {
        return (words.getVolatile(stateAt(slot)) & SIGNALLED) != 0;
    }

    /**
     * Waits (interruptibly) until the waiter in {@code slot} is signalled or the deadline passes;
     * returns whether it was signalled.
     */
    public boolean await(int slot, Deadline deadline) throws InterruptedException {
        WaitLoop loop = new WaitLoop(deadline, true);
        int watched = stateAt(slot);
        while (!isSignalled(slot)) {
            if (!loop.pause(words, watched, words.getVolatile(watched))) {
                return false;
            }
        }
        return true;
    }

    public void leave(int slot) {
        words.setVolatile(tokenAt(slot), 0);
        words.setVolatile(stateAt(slot), 0);
    }

    /** Signals up to {@code n} waiters, longest-waiting first, skipping dead ones; returns how many. */
    public int signal(int n) {
        int signalled = 0;
        while (signalled < n) {
            int oldest = -1;
            long oldestState = Long.MAX_VALUE;
            for (int slot = 0; slot < CAPACITY; slot++) {
                long token = words.getVolatile(tokenAt(slot));
                long state = words.getVolatile(stateAt(slot));
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
            words.setVolatile(stateAt(oldest), oldestState | SIGNALLED);
            WaitLoop.wake(words, stateAt(oldest));
            signalled++;
        }
        return signalled;
    }
}
