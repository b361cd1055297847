package dev.jmp.manager;

import dev.jmp.manager.core.ProxyCore;
import dev.jmp.manager.core.ValueMethods;

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
        return (T) core.call(ValueMethods.GET);
    }

    public void set(T value) {
        core.call(ValueMethods.SET, value);
    }

    /** {@code Value(42)}. */
    @Override
    public String toString() {
        return Proxies.printing(core, () -> "Value(" + get() + ")", "Value(...)");
    }
}
