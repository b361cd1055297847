package dev.jmp.manager;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;

/**
 * The base of the proxies that are not collections: they are equal when they refer to the same
 * object of the same manager.
 */
abstract class AbstractProxy implements BaseProxy {

    final ProxyCore core;

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
