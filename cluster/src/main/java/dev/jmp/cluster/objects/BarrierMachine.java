package dev.jmp.cluster.objects;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * A barrier, Python's {@code Barrier(parties, timeout=...)}. A party that arrives before the last
 * is given a ticket (the generation it waits in, its arrival index, the barrier's default
 * timeout) and is released when the generation moves on; one that gives up at its deadline breaks
 * the barrier for all, as in Python, so a party whose process died leaves the others to break
 * out after their timeout with {@code BrokenBarrierException}.
 * State: parties, default timeout, parties waiting, generation, broken, and the last generation
 * that {@code reset()} ended (its parties are broken out, not released).
 */
final class BarrierMachine implements Machine {

    static final BarrierMachine INSTANCE = new BarrierMachine();

    private int parties;
    private long timeout;
    private int waiting;
    private long generation;
    private boolean broken;
    private long lastReset;

    static byte[] initial(int parties, long timeout) {
        if (parties <= 0) {
            throw new IllegalArgumentException("a barrier needs at least one party, not " + parties);
        }
        BarrierMachine s = new BarrierMachine();
        s.parties = parties;
        s.timeout = timeout;
        s.lastReset = -1;
        return s.write();
    }

    private byte[] write() {
        WireOutput out = new WireOutput(40);
        out.writeInt(parties);
        out.writeLong(timeout);
        out.writeInt(waiting);
        out.writeLong(generation);
        out.writeBoolean(broken);
        out.writeLong(lastReset);
        return out.toByteArray();
    }

    private static BarrierMachine read(byte[] state) {
        WireInput in = new WireInput(state);
        BarrierMachine s = new BarrierMachine();
        s.parties = in.readInt();
        s.timeout = in.readLong();
        s.waiting = in.readInt();
        s.generation = in.readLong();
        s.broken = in.readBoolean();
        s.lastReset = in.readLong();
        return s;
    }

    @Override
    public byte[] apply(byte[] state, int method, int phase, WireInput args, WireInput ticket, Caller caller,
                        WireOutput reply) {
        BarrierMachine s = read(state);
        switch (method) {
            case 0 -> {
                return phase == ATTEMPT ? s.arrive(state, reply) : s.follow(state, phase, ticket, reply);
            }
            case 1 -> { // abort
                reply.writeByte(Replies.DONE);
                s.broken = true;
                return s.write();
            }
            case 2 -> { // reset
                reply.writeByte(Replies.DONE);
                if (s.waiting > 0 || s.broken) {
                    s.lastReset = s.generation;
                    s.generation++;
                }
                s.waiting = 0;
                s.broken = false;
                return s.write();
            }
            default -> {
                reply.writeByte(Replies.DONE);
                if (method == 3) {
                    reply.writeInt(s.parties);
                } else if (method == 4) {
                    reply.writeInt(s.broken ? 0 : s.waiting);
                } else {
                    reply.writeBoolean(s.broken);
                }
                return state;
            }
        }
    }

    private byte[] arrive(byte[] state, WireOutput reply) {
        if (broken) {
            Replies.failed(reply, Replies.BROKEN_BARRIER, "the barrier is broken");
            return state;
        }
        int index = waiting;
        waiting++;
        if (waiting == parties) {
            generation++;
            waiting = 0;
            reply.writeByte(Replies.DONE);
            reply.writeInt(index);
            return write();
        }
        WireOutput t = new WireOutput(20);
        t.writeLong(generation);
        t.writeInt(index);
        t.writeLong(timeout);
        Replies.blocked(reply, t.toByteArray());
        return write();
    }

    private byte[] follow(byte[] state, int phase, WireInput ticket, WireOutput reply) {
        long waitsIn = ticket.readLong();
        int index = ticket.readInt();
        if (generation > waitsIn) {
            if (lastReset == waitsIn) {
                Replies.failed(reply, Replies.BROKEN_BARRIER, "the barrier was reset while this party waited");
            } else {
                reply.writeByte(Replies.DONE);
                reply.writeInt(index);
            }
            return state;
        }
        if (broken) {
            Replies.failed(reply, Replies.BROKEN_BARRIER, "the barrier broke while this party waited");
            return state;
        }
        if (phase == RETRY) {
            Replies.blocked(reply, ticketOf(waitsIn, index));
            return state;
        }
        broken = true;
        Replies.failed(reply, Replies.TIMEOUT, "the barrier's other parties did not all arrive in time");
        return write();
    }

    private byte[] ticketOf(long waitsIn, int index) {
        WireOutput t = new WireOutput(20);
        t.writeLong(waitsIn);
        t.writeInt(index);
        t.writeLong(timeout);
        return t.toByteArray();
    }
}
