package dev.jmp.manager.server;

import dev.jmp.base.Deadline;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeoutException;

/**
 * A barrier, with Python's semantics: the arrival index (0 for the first), a party that times
 * out breaks it for everyone, {@code abort} breaks it until {@code reset}.
 */
final class ServedBarrier extends ServedObject {

    /** One round of the barrier; a broken round stays broken. */
    private static final class Round {
        boolean broken;
    }

    private final int parties;
    private final long defaultTimeout;
    private Round round = new Round();
    private int arrived;

    ServedBarrier(int parties, long defaultTimeout) {
        if (parties < 1) {
            throw new IllegalArgumentException("a barrier needs at least one party, not " + parties);
        }
        this.parties = parties;
        this.defaultTimeout = defaultTimeout;
    }

    @Override
    synchronized void call(int method, WireInput in, WireOutput out, CallContext context) throws Exception {
        Op op = Op.of(method);
        switch (op) {
            case BARRIER_WAIT -> {
                long timeout = in.readLong();
                out.writeInt(await(Deadlines.of(timeout == Op.FOREVER ? defaultTimeout : timeout)));
            }
            case ABORT -> breakRound();
            case RESET -> {
                if (arrived > 0) {
                    breakRound();
                }
                round = new Round();
                arrived = 0;
            }
            case PARTIES -> out.writeInt(parties);
            case WAITING -> out.writeInt(round.broken ? 0 : arrived);
            case BROKEN -> out.writeBoolean(round.broken);
            default -> throw new UnsupportedOperationException(op + " is not a method of a barrier");
        }
        in.expectEnd();
    }

    private int await(Deadline deadline) throws InterruptedException, BrokenBarrierException, TimeoutException {
        Round mine = round;
        if (mine.broken) {
            throw new BrokenBarrierException();
        }
        int index = arrived++;
        if (arrived == parties) {
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

    private void breakRound() {
        round.broken = true;
        arrived = 0;
        notifyAll();
    }
}
