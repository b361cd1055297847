package dev.jmp.pool;

import dev.jmp.Task;
import dev.jmp.spi.Outcome;
import java.util.List;

/**
 * One chunk of a {@link LazyResults}: its tasks' arrivals, in input order, and how many the
 * consumer has taken. Its slots are guarded by the iterator's lock.
 */
final class ResultChunk<R> implements JobSink<R> {

    private final LazyResults<?, R> owner;
    private final List<? extends Task<? extends R>> tasks;
    private final Object[] slots;
    private int taken;

    ResultChunk(List<? extends Task<? extends R>> tasks, LazyResults<?, R> owner) {
        this.owner = owner;
        this.tasks = tasks;
        this.slots = new Object[tasks.size()];
    }

    @Override
    public boolean abandoned() {
        return owner.abandoned();
    }

    @Override
    public boolean mayBeAbandoned() {
        return owner.mayBeAbandoned();
    }

    /** Under the owner's lock: what the next task in order is, for messages. */
    String nextDescription() {
        return tasks.get(taken).description();
    }

    @Override
    public void outcome(int index, Task<? extends R> task, Outcome outcome) {
        arrive(index, new LazyResults.Arrival<>(task, outcome, null));
    }

    @Override
    public void lost(int index, Task<? extends R> task, RuntimeException reason) {
        arrive(index, new LazyResults.Arrival<>(task, null, reason));
    }

    private void arrive(int index, LazyResults.Arrival<R> arrival) {
        synchronized (owner.lock()) {
            slots[index] = arrival;
        }
        owner.arrived(arrival);
    }

    /** Under the owner's lock: the next arrival in order, or null while it has not come. */
    @SuppressWarnings("unchecked") // only arrive() fills the slots, with arrivals of R
    LazyResults.Arrival<R> poll() {
        LazyResults.Arrival<R> next = (LazyResults.Arrival<R>) slots[taken];
        if (next != null) {
            slots[taken++] = null;
        }
        return next;
    }

    /** Under the owner's lock. */
    boolean consumed() {
        return taken == slots.length;
    }
}
