package dev.jmp.manager.server;

import dev.jmp.internal.WireInput;

/**
 * Who holds an RLock (or a Condition's lock): a thread of a process, as the caller names itself.
 * Ownership is by caller, not by connection, so a thread may acquire on one connection and
 * release on another.
 *
 * @param process the calling process's random token
 * @param thread  the calling thread's id
 */
record Owner(long process, long thread) {

    static Owner read(WireInput in) {
        return new Owner(in.readLong(), in.readLong());
    }
}
