package com.example.shared;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.BaseManager;
import dev.jmp.manager.SharedProxy;
import dev.jmp.manager.core.ProxyCore;
import java.io.IOException;
import java.lang.String;
import javax.annotation.processing.Generated;

/**
 * A proxy of a {@link Counter} held by a manager: each method runs the {@code @Shared}
 * method of the same name in the manager's server.
 */
@Generated("dev.jmp.processor.JmpProcessor")
public final class CounterProxy extends SharedProxy {
    private static final String TYPE_ID = "com.example.shared.Counter";

    private static final long SIGNATURE = 0x8749de8ed6be03ccL;

    static {
        register(TYPE_ID, CounterProxy.class, CounterProxy::new);
    }

    private CounterProxy(ProxyCore core) {
        super(core);
    }

    /**
     * Creates a {@code Counter} with {@link Counter#Counter(int)} in {@code manager}'s server, which must have
     * registered it, and returns its proxy.
     */
    public static CounterProxy create(BaseManager manager, int start) {
        WireOutput arguments = new WireOutput();
        arguments.writeInt(start);
        return create(manager, TYPE_ID, SIGNATURE, 0, arguments);
    }

    /**
     * Calls {@link Counter#increment(int)} in the manager's server.
     */
    public int increment(int by) {
        WireOutput call = newCall(0);
        call.writeInt(by);
        WireInput result = invoke(call);
        int value = result.readInt();
        result.expectEnd();
        return value;
    }

    /**
     * Calls {@link Counter#get()} in the manager's server.
     */
    public int get() {
        WireOutput call = newCall(1);
        WireInput result = invoke(call);
        int value = result.readInt();
        result.expectEnd();
        return value;
    }

    /**
     * Calls {@link Counter#reset(String)} in the manager's server.
     */
    public void reset(String reason) throws IOException {
        WireOutput call = newCall(2);
        if (call.writePresence(reason)) {
            call.writeString(reason);
        }
        WireInput result = invoke(call, IOException.class);
        result.expectEnd();
    }
}
