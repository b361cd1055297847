package dev.jmp.manager.server;

import dev.jmp.internal.SharedDispatcher;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.util.BitSet;
import java.util.List;

/**
 * The dispatcher of a {@code @Shared} class: its generated {@link SharedDispatcher}, which decodes
 * the arguments, calls the method and encodes the result, for the methods the manager exposes.
 * Calls hold the instance's monitor, so they run one at a time, and a shared method may
 * {@code wait()} on {@code this} for another call to {@code notifyAll()} it.
 */
final class SharedKind implements ObjectDispatcher {

    private final String typeId;
    private final SharedDispatcher dispatcher;
    /** The method numbers that may be called; null for all. */
    private final BitSet exposed;
    private final String refusal;

    /**
     * @param exposed the names of the methods that may be called, or null for all
     * @param manager the manager's name, for messages
     */
    SharedKind(String typeId, SharedDispatcher dispatcher, List<String> exposed, String manager) {
        this.typeId = typeId;
        this.dispatcher = dispatcher;
        if (exposed == null) {
            this.exposed = null;
            this.refusal = null;
        } else {
            this.exposed = new BitSet();
            List<String> names = dispatcher.methodNames();
            for (int i = 0; i < names.size(); i++) {
                if (exposed.contains(names.get(i))) {
                    this.exposed.set(i);
                }
            }
            this.refusal = " is not exposed by " + manager + ", which exposes only " + exposed + " of " + typeId
                    + "; add it to the names given to register(...)";
        }
    }

    SharedDispatcher dispatcher() {
        return dispatcher;
    }

    @Override
    public void call(Object target, int method, WireInput in, WireOutput out, CallContext context) throws Throwable {
        if (exposed != null && !exposed.get(method)) {
            List<String> names = dispatcher.methodNames();
            String name = method >= 0 && method < names.size() ? names.get(method) : "method " + method;
            throw new UnsupportedOperationException("[jmp.manager.not-exposed] " + typeId + "." + name + refusal);
        }
        synchronized (target) {
            dispatcher.call(target, method, in, out);
        }
    }
}
