package dev.jmp.manager.server;

import dev.jmp.base.Deadline;
import dev.jmp.manager.core.BarrierMethods;
import dev.jmp.manager.core.Shape;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeoutException;

/**
 * A barrier, with Python's semantics: the arrival index (0 for the first), a party that times
 * out breaks it for everyone, {@code abort} breaks it until {@code reset}.
 */
final class ServedBarrier {

    /** What the last party to arrive runs before the others are released. */
    interface Action {
        void run() throws Exception;
    }

    static final ObjectDispatcher DISPATCHER = new MethodHandlers<ServedBarrier>()
            .on(BarrierMethods.AWAIT, (b, a, c) -> {
                long timeout = (Long) a[0];
                return b.await(Deadlines.of(timeout == Shape.FOREVER ? b.defaultTimeout : timeout));
            })
            .on(BarrierMethods.ABORT, (b, a, c) -> {
                b.breakRound();
                return null;
            })
            .on(BarrierMethods.RESET, (b, a, c) -> {
                b.reset();
                return null;
            })
            .on(BarrierMethods.PARTIES, (b, a, c) -> b.parties)
            .on(BarrierMethods.WAITING, (b, a, c) -> b.round.broken ? 0 : b.arrived)
            .on(BarrierMethods.BROKEN, (b, a, c) -> b.round.broken)
            .dispatcher(BarrierMethods.TABLE, true);

    /** One round of the barrier; a broken round stays broken. */
    private static final class Round {
        boolean broken;
    }

    private final int parties;
    private final long defaultTimeout;
    private final Action action;
    private Round round = new Round();
    private int arrived;

    ServedBarrier(int parties, long defaultTimeout, Action action) {
        if (parties < 1) {
            throw new IllegalArgumentException("a barrier needs at least one party, not " + parties);
        }
        this.parties = parties;
        this.defaultTimeout = defaultTimeout;
        this.action = action;
    }

    private void reset() {
        if (arrived > 0) {
            breakRound();
        }
        round = new Round();
        arrived = 0;
    }

    private int await(Deadline deadline) throws Exception {
        Round mine = round;
        if (mine.broken) {
            throw new BrokenBarrierException();
        }
        int index = arrived++;
        if (arrived == parties) {
            runAction();
            round = new Round();
            arrived = 0;
            notifyAll();
            return index;
        }
        while (round == mine && !mine.broken) {
            if (!deadline.waitOn(this)) {
                breakRound();
                throw new TimeoutException("the barrier timed out");
            }
        }
        if (mine.broken) {
            throw new BrokenBarrierException();
        }
        return index;
    }

    /** Runs the action, as the last party; one that fails breaks the barrier, and that party gets its exception. */
    private void runAction() throws Exception {
        if (action == null) {
            return;
        }
        try {
            action.run();
        } catch (Exception | Error e) {
            breakRound();
            throw e;
        }
    }

    private void breakRound() {
        round.broken = true;
        arrived = 0;
        notifyAll();
    }
}
