package dev.jmp.sync.primitive;

import static dev.jmp.sync.primitive.EventLayout.FLAG;
import static dev.jmp.sync.primitive.EventLayout.STATE;

import dev.jmp.base.Deadline;
import dev.jmp.memory.SharedWords;

/**
 * The state machine of an {@code Event} and of a queue's "not empty" and "not full" signals: one
 * word ({@link EventLayout}) holding the flag and a count of {@link #set} calls, so a waiter
 * never misses a {@code set()} that is followed at once by a {@code clear()}.
 */
public final class EventWord {

    private final SharedWords words;

    public EventWord(SharedWords words) {
        this.words = words;
    }

    /** A new event, not set. */
    public static EventWord create() {
        return new EventWord(SharedWords.allocate(EventLayout.WORDS));
    }

    public SharedWords words() {
        return words;
    }

    public boolean isSet() {
        return (words.getVolatile(STATE) & FLAG) != 0;
    }

    /** Sets the flag and wakes every waiter. */
    public void set() {
        while (true) {
            long state = words.getVolatile(STATE);
            if ((state & FLAG) != 0 || words.compareAndSet(STATE, state, (state | FLAG) + 2)) {
                break;
            }
        }
        WaitLoop.wake(words, STATE);
    }

    /** Clears the flag: later waiters block until the next {@link #set}. */
    public void clear() {
        while (true) {
            long state = words.getVolatile(STATE);
            if (words.compareAndSet(STATE, state, state & ~FLAG)) {
                return;
            }
        }
    }

    /** Waits until the flag is set or the deadline passes; returns whether it was set. */
    public boolean await(Deadline deadline) throws InterruptedException {
        long start = words.getVolatile(STATE);
        if ((start & FLAG) != 0) {
            return true;
        }
        WaitLoop loop = new WaitLoop(deadline, true);
        while (words.getVolatile(STATE) == start) {
            if (!loop.pause(words, STATE, start)) {
                return false;
            }
        }
        return true;
    }
}
