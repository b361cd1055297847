package dev.jmp.sync;

import dev.jmp.base.Deadline;
import dev.jmp.internal.SharedObjects;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.memory.SharedWords;
import dev.jmp.sync.primitive.EventWord;
import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.Function;

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
        HandleCodec codec = new HandleCodec();
        SharedObjects.register(Event.class, codec, codec);
    }

    private final EventWord state;

    private Event(EventWord state) {
        this.state = state;
    }

    /** A new event, not set. */
    public static Event create() {
        return new Event(EventWord.create());
    }

    public boolean isSet() {
        return state.isSet();
    }

    /** Sets the flag and wakes every waiter. */
    public void set() {
        state.set();
    }

    /** Clears the flag: later waiters block until the next {@link #set}. */
    public void clear() {
        state.clear();
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
        return state.await(Deadline.after(timeout));
    }

    /** Releases this process's use of the event's memory. */
    @Override
    public void close() {
        state.words().close();
    }

    @Override
    public String toString() {
        return "Event(" + (isSet() ? "set" : "clear") + ")";
    }

    /**
     * The handle codec, a class rather than two lambdas: a child initializes this class when it
     * attaches its first event, on its way to its task, where a lambda is a class spun at run time
     * (some milliseconds in a fresh JVM) and this one is only loaded.
     */
    private static final class HandleCodec implements BiConsumer<Event, WireOutput>, Function<WireInput, Event> {

        @Override
        public void accept(Event event, WireOutput out) {
            event.state.words().write(out);
        }

        @Override
        public Event apply(WireInput in) {
            return new Event(new EventWord(SharedWords.read(in)));
        }
    }
}
