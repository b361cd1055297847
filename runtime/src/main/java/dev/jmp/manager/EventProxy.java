package dev.jmp.manager;

import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;
import java.time.Duration;

/**
 * An event held by a manager; Python's {@code manager.Event()}: a flag that threads of any
 * process wait for.
 *
 * <pre>{@code
 * EventProxy ready = manager.event();
 * // one process:   ready.set();
 * // others:        ready.await();
 * }</pre>
 */
public final class EventProxy extends AbstractProxy {

    static {
        Proxies.shareable(EventProxy.class);
    }

    EventProxy(ProxyCore core) {
        super(core);
    }

    public boolean isSet() {
        return call(Op.IS_SET).readBoolean();
    }

    /** Sets the flag and wakes every waiter. */
    public void set() {
        call(Op.SET);
    }

    public void clear() {
        call(Op.CLEAR);
    }

    /** Waits until the flag is set. */
    public void await() throws InterruptedException {
        await(null);
    }

    /** Waits at most {@code timeout} (null: no limit); returns the flag, as Python's {@code wait} does. */
    public boolean await(Duration timeout) throws InterruptedException {
        WireOutput out = core.call(Op.WAIT);
        out.writeLong(Timeouts.nanos(timeout));
        return core.invokeInterruptibly(out).readBoolean();
    }
}
