package dev.jmp.manager;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;

/**
 * The base of the proxies that are not collections: they are equal when they refer to the same
 * object of the same manager.
 */
abstract class AbstractProxy implements BaseProxy {

    private static final System.Logger LOG = System.getLogger("dev.jmp.manager");

    final ProxyCore core;

    /** Whether the last acquisition through this proxy took over a lock whose holder's process went. */
    private volatile boolean tookOver;

    AbstractProxy(ProxyCore core) {
        this.core = core;
    }

    @Override
    public String typeId() {
        return core.handle().typeId();
    }

    @Override
    public String managerAddress() {
        return core.handle().address();
    }

    /** Calls {@code op} with no arguments. */
    final WireInput call(Op op) {
        return core.invoke(core.call(op));
    }

    /** Calls {@code op} with the owner of the calling thread as its first argument. */
    final WireOutput ownedCall(Op op) {
        WireOutput out = core.call(op);
        Owners.writeCurrent(out);
        return out;
    }

    /**
     * Reads the reply to an acquisition of a lock (or a condition's): whether it got the lock,
     * and whether the manager had released it because the process holding it went, which is
     * logged as {@code [jmp.manager.owner-died]} and kept for {@link #tookOver()}.
     */
    final boolean readAcquired(WireInput in) {
        if (!in.readBoolean()) {
            return false;
        }
        readTakeover(in);
        return true;
    }

    /** Reads the take-over flag of a reply that took a lock (back). */
    final void readTakeover(WireInput in) {
        boolean took = in.readBoolean();
        tookOver = took;
        if (took) {
            LOG.log(System.Logger.Level.WARNING, "[jmp.manager.owner-died] " + this + " was held by a process that"
                    + " exited or was killed without releasing it; the manager released it and process "
                    + ProcessHandle.current().pid() + " took it over. Data it guards may be inconsistent: check"
                    + " it before going on.");
        }
    }

    final boolean tookOver() {
        return tookOver;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AbstractProxy other && core.handle().sameObject(other.core.handle());
    }

    @Override
    public int hashCode() {
        return Long.hashCode(core.handle().objectId()) * 31 + Long.hashCode(core.handle().serverId());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + typeId() + " #" + core.handle().objectId() + " of "
                + core.link().name() + "]";
    }
}
