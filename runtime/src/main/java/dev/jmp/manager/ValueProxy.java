package dev.jmp.manager;

import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;

/**
 * A single value held by a manager; Python's {@code manager.Value(typecode, value)}, whose
 * {@code .value} is {@link #get()} and {@link #set}. Each call is atomic, but a read followed
 * by a write is not: use a manager lock, or a {@link DictProxy}'s {@code merge}, to update.
 *
 * <pre>{@code
 * ValueProxy<Integer> v = manager.value(0);
 * v.set(v.get() + 1);
 * }</pre>
 */
public final class ValueProxy<T> extends AbstractProxy {

    static {
        Proxies.shareable(ValueProxy.class);
    }

    ValueProxy(ProxyCore core) {
        super(core);
    }

    @SuppressWarnings("unchecked")
    public T get() {
        return (T) ProxyCore.CODEC.read(call(Op.VALUE_GET));
    }

    public void set(T value) {
        WireOutput out = core.call(Op.VALUE_SET);
        ProxyCore.CODEC.write(out, value);
        core.invoke(out);
    }

    /** {@code Value(42)}. */
    @Override
    public String toString() {
        return Proxies.printing(core, () -> "Value(" + get() + ")", "Value(...)");
    }
}
