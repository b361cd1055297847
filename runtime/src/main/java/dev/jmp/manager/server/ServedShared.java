package dev.jmp.manager.server;

import dev.jmp.internal.SharedDispatcher;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * An instance of a {@code @Shared} class, called through its generated dispatcher. Calls hold
 * the instance's monitor, so they run one at a time, and a shared method may {@code wait()} on
 * {@code this} for another call to {@code notifyAll()} it.
 */
final class ServedShared extends ServedObject {

    private final Object target;
    private final SharedDispatcher dispatcher;

    ServedShared(Object target, SharedDispatcher dispatcher) {
        this.target = target;
        this.dispatcher = dispatcher;
    }

    @Override
    void call(int method, WireInput in, WireOutput out, CallContext context) throws Throwable {
        synchronized (target) {
            dispatcher.call(target, method, in, out);
        }
    }
}
