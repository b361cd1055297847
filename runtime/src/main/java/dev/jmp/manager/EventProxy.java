package dev.jmp.manager;

import dev.jmp.manager.core.EventMethods;
import dev.jmp.manager.core.ProxyCore;
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
        return core.call(EventMethods.IS_SET);
    }

    /** Sets the flag and wakes every waiter. */
    public void set() {
        core.call(EventMethods.SET);
    }

    public void clear() {
        core.call(EventMethods.CLEAR);
    }

    /** Waits until the flag is set. */
    public void await() throws InterruptedException {
        await(null);
    }

    /** Waits at most {@code timeout} (null: no limit); returns the flag, as Python's {@code wait} does. */
    public boolean await(Duration timeout) throws InterruptedException {
        return core.callInterruptibly(EventMethods.AWAIT, Timeouts.nanos(timeout));
    }
}
