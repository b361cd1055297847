package dev.jmp.manager.server;

import dev.jmp.manager.core.ValueMethods;

/** A value: one slot, Python's {@code manager.Value}. */
final class ServedValue {

    static final ObjectDispatcher DISPATCHER = new MethodHandlers<ServedValue>()
            .on(ValueMethods.GET, (v, a, c) -> v.value)
            .on(ValueMethods.SET, (v, a, c) -> {
                v.value = a[0];
                return null;
            })
            .dispatcher(ValueMethods.TABLE, true);

    private Object value;

    ServedValue(Object initial) {
        this.value = initial;
    }
}
