package dev.jmp.manager.client;

import dev.jmp.base.KernelRandom;
import dev.jmp.internal.WireOutput;

/**
 * How a caller names itself to an RLock or a Condition on the server: a random token of this
 * process and the calling thread's id. Random rather than the pid, so two JVMs on different
 * machines never collide.
 */
final class Owners {

    private static final long PROCESS = KernelRandom.nextLong();

    private Owners() {}

    /** This process's token, which also names it to every manager it connects to. */
    static long process() {
        return PROCESS;
    }

    static void writeCurrent(WireOutput out) {
        out.writeLong(PROCESS);
        out.writeLong(Thread.currentThread().getId());
    }
}
