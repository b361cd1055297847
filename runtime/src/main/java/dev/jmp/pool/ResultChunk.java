package dev.jmp.pool;

import dev.jmp.internal.TaskCall;
import dev.jmp.link.TaskResults.Outcome;

/**
 * One chunk of a {@link LazyResults}: its tasks' arrivals, in input order, and how many the
 * consumer has taken. Its slots are guarded by the iterator's lock.
 */
final class ResultChunk implements JobSink {

    private final LazyResults<?, ?> owner;
    private final TaskCall[] calls;
    private final LazyResults.Arrival[] slots;
    private int taken;

    ResultChunk(TaskCall[] calls, LazyResults<?, ?> owner) {
        this.owner = owner;
        this.calls = calls;
        this.slots = new LazyResults.Arrival[calls.length];
    }

    @Override
    public boolean abandoned() {
        return owner.abandoned();
    }

    /** Under the owner's lock: what the next task in order is, for messages. */
    String nextDescription() {
        return calls[taken].description();
    }

    @Override
    public void outcome(int index, TaskCall call, Outcome outcome) {
        arrive(index, new LazyResults.Arrival(call, outcome, null));
    }

    @Override
    public void lost(int index, TaskCall call, RuntimeException reason) {
        arrive(index, new LazyResults.Arrival(call, null, reason));
    }

    private void arrive(int index, LazyResults.Arrival arrival) {
        synchronized (owner.lock()) {
            slots[index] = arrival;
        }
        owner.arrived(arrival);
    }

    /** Under the owner's lock: the next arrival in order, or null while it has not come. */
    LazyResults.Arrival poll() {
        LazyResults.Arrival next = slots[taken];
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
