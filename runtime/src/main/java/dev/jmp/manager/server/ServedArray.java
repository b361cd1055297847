package dev.jmp.manager.server;

import dev.jmp.manager.core.ArrayMethods;
import java.util.Arrays;
import java.util.Collection;

/** An array: fixed length, Python's {@code manager.Array}. */
final class ServedArray {

    static final ObjectDispatcher DISPATCHER = new MethodHandlers<ServedArray>()
            .on(ArrayMethods.SIZE, (r, a, c) -> r.elements.length)
            .on(ArrayMethods.COPY, (r, a, c) -> Arrays.asList(r.elements))
            .on(ArrayMethods.GET, (r, a, c) -> r.elements[r.checked((Integer) a[0])])
            .on(ArrayMethods.SET, (r, a, c) -> {
                int index = r.checked((Integer) a[0]);
                Object previous = r.elements[index];
                r.elements[index] = a[1];
                return previous;
            })
            .dispatcher(ArrayMethods.TABLE, true);

    private final Object[] elements;

    ServedArray(Object initial) {
        this.elements = initial == null ? new Object[0] : ((Collection<?>) initial).toArray();
    }

    private int checked(int index) {
        if (index < 0 || index >= elements.length) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + elements.length);
        }
        return index;
    }
}
