package dev.jmp.cluster.objects;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * One kind of object held as a state machine in a single entry of the cluster's state map, changed
 * only by {@link Step}s, which run on the member that owns the entry, one at a time for the
 * entry. A method that has to wait answers {@link Replies#BLOCKED} with a ticket; the caller tries
 * again ({@link #RETRY}) when the entry changes or its timer fires, and gives up
 * ({@link #GIVE_UP}) at its deadline or ({@link #ABANDON}) when its thread is interrupted.
 */
interface Machine {

    int ATTEMPT = 0;
    int RETRY = 1;
    int GIVE_UP = 2;
    int ABANDON = 3;

    /**
     * Applies method {@code method} in phase {@code phase} to {@code state}, writing the reply.
     *
     * @param args the method's arguments, in the order of its shapes
     * @param ticket what the last {@link Replies#BLOCKED} answer carried; empty on an attempt
     * @return the new state, or {@code state} itself when the step changed nothing
     */
    byte[] apply(byte[] state, int method, int phase, WireInput args, WireInput ticket, Caller caller,
                 WireOutput reply);
}
