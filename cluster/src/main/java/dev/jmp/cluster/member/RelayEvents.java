package dev.jmp.cluster.member;

import dev.jmp.cluster.wire.Event;
import dev.jmp.spi.Outcome;
import dev.jmp.spi.WorkerEvents;
import dev.jmp.spi.WorkerExit;
import dev.jmp.spi.WorkerHandle;
import java.util.List;

/**
 * A worker's events on this member, passed to its driver through the session's outbox in the
 * order the worker's backend gives them. The pid goes with readiness, once it is known.
 */
final class RelayEvents implements WorkerEvents {

    private final Outbox outbox;
    private final long worker;
    private final Runnable forget;
    volatile WorkerHandle handle;

    RelayEvents(Outbox outbox, long worker, Runnable forget) {
        this.outbox = outbox;
        this.worker = worker;
        this.forget = forget;
    }

    @Override
    public void ready(Outcome initializer) {
        WorkerHandle h = handle;
        outbox.add(new Event.Ready(worker, h == null ? -1 : h.pid(), initializer));
    }

    @Override
    public void outcomes(long batchId, int first, List<Outcome> outcomes, long busyNanos) {
        outbox.add(new Event.Outcomes(worker, batchId, first, outcomes, busyNanos));
    }

    @Override
    public void exited(WorkerExit exit) {
        forget.run();
        outbox.add(new Event.Exited(worker, exit));
    }
}
