package dev.jmp.cluster.objects;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.util.ArrayList;
import java.util.List;

/**
 * A lock and the condition variables on it, in one entry: Python's {@code Lock} (plain: not
 * reentrant, held by an endpoint, a process, and released by any caller) and {@code Condition()}
 * (its own reentrant lock, held by a thread of an endpoint). A condition made on a plain lock
 * ({@code lock.newCondition()}) shares the lock's entry, so that waiting releases that very lock
 * in the same step. A holder whose endpoint is gone is taken over by the next acquirer, who is
 * told. A waiter releases the lock, gets a ticket, and takes the lock back (with its hold count)
 * once signalled, or once it gave up at its deadline (then unsignalled). Waiters whose endpoint
 * is gone are dropped when a signal is sent, so a signal is never spent on them. Lock methods
 * ({@link Machines#LOCK}): 0 acquire, 1 release, 2 isLocked; condition methods
 * ({@link Machines#CONDITION}): 0 acquire, 1 release, 2 await, 3 signal, 4 signalAll.
 */
final class ConditionMachine implements Machine {

    static final ConditionMachine INSTANCE = new ConditionMachine();

    /** A thread waiting for a signal, or for the lock once signalled or given up. */
    private static final class Waiter {
        long ticket;
        String endpoint;
        long thread;
        int saved;
        boolean signalled;
        boolean gaveUp;
    }

    private boolean plain;
    private String holder = "";
    private long holderThread;
    private int count;
    private long nextTicket;
    private final List<Waiter> waiters = new ArrayList<>();

    /** A condition's own reentrant lock ({@code plain} false), or a plain lock. */
    static byte[] initial(boolean plain) {
        ConditionMachine s = new ConditionMachine();
        s.plain = plain;
        return s.write();
    }

    private byte[] write() {
        WireOutput out = new WireOutput(64);
        out.writeBoolean(plain);
        out.writeString(holder);
        out.writeLong(holderThread);
        out.writeInt(count);
        out.writeLong(nextTicket);
        out.writeInt(waiters.size());
        for (Waiter w : waiters) {
            out.writeLong(w.ticket);
            out.writeString(w.endpoint);
            out.writeLong(w.thread);
            out.writeInt(w.saved);
            out.writeBoolean(w.signalled);
            out.writeBoolean(w.gaveUp);
        }
        return out.toByteArray();
    }

    private static ConditionMachine read(byte[] state) {
        WireInput in = new WireInput(state);
        ConditionMachine s = new ConditionMachine();
        s.plain = in.readBoolean();
        s.holder = in.readString();
        s.holderThread = in.readLong();
        s.count = in.readInt();
        s.nextTicket = in.readLong();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            Waiter w = new Waiter();
            w.ticket = in.readLong();
            w.endpoint = in.readString();
            w.thread = in.readLong();
            w.saved = in.readInt();
            w.signalled = in.readBoolean();
            w.gaveUp = in.readBoolean();
            s.waiters.add(w);
        }
        return s;
    }

    /** A plain lock's methods, on the same state. */
    byte[] applyLock(byte[] state, int method, int phase, WireInput args, WireInput ticket, Caller caller,
                     WireOutput reply) {
        ConditionMachine s = read(state);
        if (method == 2) { // isLocked
            reply.writeByte(Replies.DONE);
            reply.writeBoolean(!s.holder.isEmpty());
            return state;
        }
        return apply(state, method, phase, args, ticket, caller, reply);
    }

    private boolean holds(Caller caller) {
        return count > 0 && (plain ? holder.equals(caller.endpoint()) : caller.is(holder, holderThread));
    }

    @Override
    public byte[] apply(byte[] state, int method, int phase, WireInput args, WireInput ticket, Caller caller,
                        WireOutput reply) {
        ConditionMachine s = read(state);
        boolean holds = s.holds(caller);
        if (s.plain && method == 1) { // release: by any caller, as Python's Lock
            if (s.holder.isEmpty()) {
                Replies.failed(reply, Replies.ILLEGAL_STATE, "release of a lock that is not held");
                return state;
            }
            reply.writeByte(Replies.DONE);
            s.holder = "";
            s.count = 0;
            return s.write();
        }
        switch (method) {
            case 0 -> { // acquire
                if (holds && !s.plain) {
                    s.count++;
                    reply.writeByte(Replies.DONE);
                    Acquisitions.write(reply, true, false);
                    return s.write();
                }
                if (phase == GIVE_UP || phase == ABANDON) {
                    reply.writeByte(Replies.DONE);
                    Acquisitions.write(reply, false, false);
                    return state;
                }
                return s.take(state, caller, 1, true, reply);
            }
            case 2 -> { // await
                if (phase == ATTEMPT) {
                    if (!holds) {
                        Replies.failed(reply, Replies.ILLEGAL_MONITOR, "await() by a thread that does not hold"
                                + " the condition's lock");
                        return state;
                    }
                    Waiter w = new Waiter();
                    w.ticket = s.nextTicket++;
                    w.endpoint = caller.endpoint();
                    w.thread = caller.thread();
                    w.saved = s.count;
                    s.waiters.add(w);
                    s.holder = "";
                    s.count = 0;
                    WireOutput t = new WireOutput(8);
                    t.writeLong(w.ticket);
                    Replies.blocked(reply, t.toByteArray());
                    return s.write();
                }
                return s.wake(state, phase, ticket.readLong(), caller, reply);
            }
            default -> { // release (1), signal (3), signalAll (4)
                if (!holds) {
                    Replies.failed(reply, Replies.ILLEGAL_MONITOR, "the condition's lock is not held by this thread");
                    return state;
                }
                reply.writeByte(Replies.DONE);
                if (method == 1) {
                    if (--s.count == 0) {
                        s.holder = "";
                    }
                } else {
                    s.signal(method == 3 ? args.readInt() : Integer.MAX_VALUE, caller);
                }
                return s.write();
            }
        }
    }

    /** Takes the lock for the caller with {@code holds} holds if it is free or its holder is gone. */
    private byte[] take(byte[] state, Caller caller, int holds, boolean signalled, WireOutput reply) {
        boolean tookOver = !holder.isEmpty() && !caller.alive().test(holder);
        if (!holder.isEmpty() && !tookOver) {
            Replies.blocked(reply, new byte[0]);
            return state;
        }
        holder = caller.endpoint();
        holderThread = caller.thread();
        count = holds;
        reply.writeByte(Replies.DONE);
        Acquisitions.write(reply, signalled, tookOver);
        return write();
    }

    private byte[] wake(byte[] state, int phase, long ticket, Caller caller, WireOutput reply) {
        Waiter w = waiters.stream().filter(x -> x.ticket == ticket).findFirst().orElse(null);
        if (w == null) {
            Replies.failed(reply, Replies.ILLEGAL_STATE, "this wait is no longer known to the condition");
            return state;
        }
        boolean changed = false;
        if ((phase == GIVE_UP || phase == ABANDON) && !w.signalled && !w.gaveUp) {
            w.gaveUp = true;
            changed = true;
        }
        if (!w.signalled && !w.gaveUp) {
            WireOutput t = new WireOutput(8);
            t.writeLong(ticket);
            Replies.blocked(reply, t.toByteArray());
            return changed ? write() : state;
        }
        WireOutput attempt = new WireOutput(8);
        byte[] taken = take(state, caller, w.saved, w.signalled, attempt);
        if (taken == state) {
            WireOutput t = new WireOutput(8);
            t.writeLong(ticket);
            Replies.blocked(reply, t.toByteArray());
            return changed ? write() : state;
        }
        waiters.remove(w);
        byte[] bytes = attempt.toByteArray();
        for (byte b : bytes) {
            reply.writeByte(b);
        }
        return write();
    }

    private void signal(int n, Caller caller) {
        waiters.removeIf(w -> !w.signalled && !w.gaveUp && !caller.alive().test(w.endpoint));
        int left = n;
        for (Waiter w : waiters) {
            if (left == 0) {
                break;
            }
            if (!w.signalled && !w.gaveUp) {
                w.signalled = true;
                left--;
            }
        }
    }
}
