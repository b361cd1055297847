package dev.jmp.manager;

import dev.jmp.base.JmpLog;
import dev.jmp.manager.core.Acquisition;
import dev.jmp.manager.core.ProxyCore;

/**
 * The base of the proxies that are not collections: they are equal when they refer to the same
 * object of the same manager.
 */
abstract class AbstractProxy implements BaseProxy {

    final ProxyCore core;

    /** Whether the last acquisition through this proxy took over a lock whose holder's process went. */
    private volatile boolean tookOver;

    AbstractProxy(ProxyCore core) {
        this.core = core;
    }

    @Override
    public String typeId() {
        return core.typeId();
    }

    @Override
    public String managerAddress() {
        return core.address();
    }

    /**
     * Notes the result of taking a lock: whether it got it and, if so, whether the manager had
     * released it because the process holding it went, which is logged as
     * {@code [jmp.manager.owner-died]} and kept for {@link #tookOver()}.
     */
    final boolean acquired(Acquisition acquisition) {
        if (acquisition.success()) {
            tookBack(acquisition);
        }
        return acquisition.success();
    }

    /** Notes the result of a condition wait, which took its lock back either way; returns whether it was signalled. */
    final boolean woke(Acquisition acquisition) {
        tookBack(acquisition);
        return acquisition.success();
    }

    private void tookBack(Acquisition acquisition) {
        tookOver = acquisition.tookOver();
        if (acquisition.tookOver()) {
            JmpLog.log(JmpLog.MANAGER, System.Logger.Level.WARNING, "[jmp.manager.owner-died] " + this + " was held by a process that"
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
        return o instanceof AbstractProxy other && Proxies.sameObject(core, other.core);
    }

    @Override
    public int hashCode() {
        return core.identity().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + core.describe() + "]";
    }
}
