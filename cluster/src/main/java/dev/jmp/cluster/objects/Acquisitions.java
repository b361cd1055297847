package dev.jmp.cluster.objects;

import dev.jmp.internal.WireOutput;

/** How a step writes an {@code Acquisition}: taken, then taken over. */
final class Acquisitions {

    private Acquisitions() {}

    static void write(WireOutput reply, boolean success, boolean tookOver) {
        reply.writeBoolean(success);
        reply.writeBoolean(tookOver);
    }
}
