package dev.jmp.sync;

import dev.jmp.internal.SharedObjects;
import dev.jmp.shm.LongArray;
import java.time.Duration;

/**
 * A flag that processes wait for: Python's {@code multiprocessing.Event}.
 *
 * <pre>{@code
 * Event ready = Event.create();
 * // in a worker process:  ready.set();
 * if (!ready.await(Duration.ofSeconds(5))) {
 *     throw new IllegalStateException("worker did not start");
 * }
 * }</pre>
 *
 * <p>One word holds the flag and a count of {@link #set} calls, so a waiter never misses a
 * {@code set()} that is followed at once by a {@code clear()}.
 *
 * <p>Waits for an event are not recorded for {@link dev.jmp.diagnostics.Deadlocks}: any thread
 * of any process may set it, so no set of blocked threads proves that nobody ever will.
 */
public final class Event implements ProcessShareable, AutoCloseable {

    static {
        SharedObjects.register(Event.class, (event, out) -> SharedObjects.write(out, event.words),
                in -> new Event(SharedObjects.read(in, LongArray.class)));
    }

    private static final int STATE = 0;
    private static final long FLAG = 1;

    private final LongArray words;

    private Event(LongArray words) {
        this.words = words;
    }

    /** A new event, not set. */
    public static Event create() {
        return new Event(LongArray.createRaw(1));
    }

    public boolean isSet() {
        return (words.get(STATE) & FLAG) != 0;
    }

    /** Sets the flag and wakes every waiter. */
    public void set() {
        while (true) {
            long state = words.get(STATE);
            if ((state & FLAG) != 0 || words.compareAndSet(STATE, state, (state | FLAG) + 2)) {
                break;
            }
        }
        WaitLoop.STRATEGY.wake(words, STATE);
    }

    /** Clears the flag: later waiters block until the next {@link #set}. */
    public void clear() {
        words.getAndUpdate(STATE, state -> state & ~FLAG);
    }

    /** Waits until the flag is set; Python's {@code wait()}. */
    public void await() throws InterruptedException {
        await(null);
    }

    /**
     * Waits until the flag is set or {@code timeout} (null: no limit) has passed.
     *
     * @return whether the flag was set, as Python's {@code wait(timeout)} returns
     */
    public boolean await(Duration timeout) throws InterruptedException {
        long start = words.get(STATE);
        if ((start & FLAG) != 0) {
            return true;
        }
        WaitLoop loop = new WaitLoop(WaitLoop.deadline(timeout), true);
        while (words.get(STATE) == start) {
            if (!loop.pause(words, STATE, start)) {
                return false;
            }
        }
        return true;
    }

    /** Releases this process's use of the event's memory. */
    @Override
    public void close() {
        words.close();
    }

    @Override
    public String toString() {
        return "Event(" + (isSet() ? "set" : "clear") + ")";
    }
}
