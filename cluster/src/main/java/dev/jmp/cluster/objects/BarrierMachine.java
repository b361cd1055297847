package dev.jmp.cluster.objects;

import dev.jmp.internal.TaskCall;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * A barrier, Python's {@code Barrier(parties, timeout=...)}. A party that arrives before the last
 * is given a ticket (the generation it waits in, its arrival index, the barrier's default
 * timeout) and is released when the generation moves on; one that gives up at its deadline breaks
 * the barrier for all, as in Python, so a party whose process died leaves the others to break
 * out after their timeout with {@code BrokenBarrierException}.
 * A barrier with an action tells the party that arrives last to run it ({@link BarrierKind}), in
 * its own JVM, before any party is released; that party then says how it went
 * ({@link #ACTED}): done releases the others, failed breaks the barrier. A party arriving while
 * the action runs waits for the next round. The others' deadlines run on meanwhile, so a last party
 * that dies while acting leaves them to break out at their timeout.
 * State: parties, default timeout, parties waiting, generation, broken, the last generation
 * that {@code reset()} ended (its parties are broken out, not released), whether the action runs,
 * and the action (its entry class, empty for none, its arguments and its description).
 */
final class BarrierMachine implements Machine {

    static final BarrierMachine INSTANCE = new BarrierMachine();
    /** The last party ran the action: a boolean, whether it completed. */
    static final int ACTED = 6;
    /** The index of a ticket whose party arrived while the action ran: it arrives once it is done. */
    private static final int NOT_ARRIVED = -1;

    private int parties;
    private long timeout;
    private int waiting;
    private long generation;
    private boolean broken;
    private long lastReset;
    private boolean acting;
    private String actionClass = "";
    private byte[] actionArguments = new byte[0];
    private String actionDescription = "";

    static byte[] initial(int parties, long timeout, TaskCall action) {
        if (parties <= 0) {
            throw new IllegalArgumentException("a barrier needs at least one party, not " + parties);
        }
        BarrierMachine s = new BarrierMachine();
        s.parties = parties;
        s.timeout = timeout;
        s.lastReset = -1;
        if (action != null) {
            s.actionClass = action.entryClass();
            s.actionArguments = action.arguments();
            s.actionDescription = action.description();
        }
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
        out.writeBoolean(acting);
        out.writeString(actionClass);
        out.writeBytes(actionArguments);
        out.writeString(actionDescription);
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
        s.acting = in.readBoolean();
        s.actionClass = in.readString();
        s.actionArguments = in.readBytes();
        s.actionDescription = in.readString();
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
                s.acting = false;
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
                s.acting = false;
                return s.write();
            }
            case ACTED -> {
                return s.acted(state, args.readBoolean(), reply);
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
        if (acting) {
            Replies.blocked(reply, ticketOf(generation, NOT_ARRIVED));
            return state;
        }
        int index = waiting;
        waiting++;
        if (waiting == parties) {
            reply.writeByte(Replies.DONE);
            reply.writeInt(index);
            if (!actionClass.isEmpty()) {
                acting = true; // the others stay until this party ran the action
                reply.writeBoolean(true);
                reply.writeString(actionClass);
                reply.writeBytes(actionArguments);
                reply.writeString(actionDescription);
                return write();
            }
            reply.writeBoolean(false);
            generation++;
            waiting = 0;
            return write();
        }
        Replies.blocked(reply, ticketOf(generation, index));
        return write();
    }

    /** The last party ran the action: the round ends, released or broken. */
    private byte[] acted(byte[] state, boolean completed, WireOutput reply) {
        if (!acting) {
            Replies.failed(reply, Replies.BROKEN_BARRIER, "the barrier was broken or reset while its action ran");
            return state;
        }
        acting = false;
        waiting = 0;
        if (completed) {
            generation++;
        } else {
            broken = true;
        }
        reply.writeByte(Replies.DONE);
        return write();
    }

    private byte[] follow(byte[] state, int phase, WireInput ticket, WireOutput reply) {
        long waitsIn = ticket.readLong();
        int index = ticket.readInt();
        if (index == NOT_ARRIVED && !acting && phase == RETRY) {
            return arrive(state, reply);
        }
        if (index == NOT_ARRIVED && generation > waitsIn) {
            return phase == RETRY ? arrive(state, reply) : giveUp(reply);
        }
        if (generation > waitsIn) {
            if (lastReset == waitsIn) {
                Replies.failed(reply, Replies.BROKEN_BARRIER, "the barrier was reset while this party waited");
            } else {
                reply.writeByte(Replies.DONE);
                reply.writeInt(index);
                reply.writeBoolean(false);
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
        return giveUp(reply);
    }

    /** A party's deadline passed (or it was interrupted): it breaks the barrier for all, as in Python. */
    private byte[] giveUp(WireOutput reply) {
        broken = true;
        acting = false;
        waiting = 0;
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
