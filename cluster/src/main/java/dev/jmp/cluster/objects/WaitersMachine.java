package dev.jmp.cluster.objects;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.util.ArrayList;
import java.util.List;

/**
 * The waiters of a condition made on a reentrant lock ({@link RLockConditionKind}): the lock is
 * Hazelcast's, so only the waiting is a machine's. A waiter enlists (and gets a ticket) before it
 * lets go of the lock, so that a signal sent once it let go finds it; it is woken when signalled,
 * and leaves at its deadline. A signal drops the waiters whose endpoint is gone (signalled or not:
 * they never come back) and so is never spent on them. Methods:
 * 0 await (attempt: enlist; retry: signalled yet?; give up: leave), 1 signal (how many).
 * State: the next ticket, then each waiter's ticket, endpoint and whether it was signalled.
 */
final class WaitersMachine implements Machine {

    static final WaitersMachine INSTANCE = new WaitersMachine();
    static final int AWAIT = 0;
    static final int SIGNAL = 1;

    private record Waiter(long ticket, String endpoint, boolean signalled) {}

    static byte[] initial() {
        return write(0, List.of());
    }

    private static byte[] write(long nextTicket, List<Waiter> waiters) {
        WireOutput out = new WireOutput(16 + waiters.size() * 48);
        out.writeLong(nextTicket);
        out.writeInt(waiters.size());
        for (Waiter w : waiters) {
            out.writeLong(w.ticket);
            out.writeString(w.endpoint);
            out.writeBoolean(w.signalled);
        }
        return out.toByteArray();
    }

    @Override
    public byte[] apply(byte[] state, int method, int phase, WireInput args, WireInput ticket, Caller caller,
                        WireOutput reply) {
        WireInput in = new WireInput(state);
        long nextTicket = in.readLong();
        int n = in.readInt();
        List<Waiter> waiters = new ArrayList<>(n + 1);
        for (int i = 0; i < n; i++) {
            waiters.add(new Waiter(in.readLong(), in.readString(), in.readBoolean()));
        }
        if (method == SIGNAL) {
            int left = args.readInt();
            // a waiter whose endpoint is gone never comes back for its signal, nor to leave
            waiters.removeIf(w -> !caller.alive().test(w.endpoint));
            for (int i = 0; i < waiters.size() && left > 0; i++) {
                Waiter w = waiters.get(i);
                if (!w.signalled) {
                    waiters.set(i, new Waiter(w.ticket, w.endpoint, true));
                    left--;
                }
            }
            reply.writeByte(Replies.DONE);
            return write(nextTicket, waiters);
        }
        if (phase == ATTEMPT) {
            waiters.add(new Waiter(nextTicket, caller.endpoint(), false));
            Replies.blocked(reply, ticketOf(nextTicket));
            return write(nextTicket + 1, waiters);
        }
        long mine = ticket.readLong();
        Waiter w = waiters.stream().filter(x -> x.ticket == mine).findFirst().orElse(null);
        boolean signalled = w != null && w.signalled;
        if (!signalled && phase == RETRY && w != null) {
            Replies.blocked(reply, ticketOf(mine));
            return state;
        }
        reply.writeByte(Replies.DONE);
        reply.writeBoolean(signalled);
        if (w == null) {
            return state;
        }
        waiters.remove(w);
        return write(nextTicket, waiters);
    }

    private static byte[] ticketOf(long ticket) {
        WireOutput t = new WireOutput(8);
        t.writeLong(ticket);
        return t.toByteArray();
    }
}
