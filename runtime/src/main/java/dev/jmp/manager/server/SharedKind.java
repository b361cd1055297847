package dev.jmp.manager.server;

import dev.jmp.internal.SharedDispatcher;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * The dispatcher of a {@code @Shared} class: its generated {@link SharedDispatcher}, which decodes
 * the arguments, calls the method and encodes the result. Calls hold the instance's monitor, so
 * they run one at a time, and a shared method may {@code wait()} on {@code this} for another call
 * to {@code notifyAll()} it.
 */
final class SharedKind implements ObjectDispatcher {

    private final SharedDispatcher dispatcher;

    SharedKind(SharedDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    SharedDispatcher dispatcher() {
        return dispatcher;
    }

    @Override
    public void call(Object target, int method, WireInput in, WireOutput out, CallContext context) throws Throwable {
        synchronized (target) {
            dispatcher.call(target, method, in, out);
        }
    }
}
