package dev.jmp.manager.server;

import dev.jmp.manager.core.NamespaceMethods;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** A namespace: named attributes, in the order they were first set. */
final class ServedNamespace {

    static final ObjectDispatcher DISPATCHER = new MethodHandlers<ServedNamespace>()
            .on(NamespaceMethods.COPY, (n, a, c) -> n.attributes)
            .on(NamespaceMethods.GET, (n, a, c) -> n.attributes.get(n.existing((String) a[0])))
            .on(NamespaceMethods.SET, (n, a, c) -> {
                n.attributes.put(a[0], a[1]);
                return null;
            })
            .on(NamespaceMethods.DELETE, (n, a, c) -> {
                n.attributes.remove(n.existing((String) a[0]));
                return null;
            })
            .on(NamespaceMethods.HAS, (n, a, c) -> n.attributes.containsKey(a[0]))
            .dispatcher(NamespaceMethods.TABLE, true);

    private final Map<Object, Object> attributes;

    @SuppressWarnings("unchecked")
    ServedNamespace(Object initial) {
        this.attributes = initial == null ? new LinkedHashMap<>() : new LinkedHashMap<>((Map<Object, Object>) initial);
    }

    private String existing(String name) {
        if (!attributes.containsKey(name)) {
            throw new NoSuchElementException("the namespace has no attribute '" + name + "'");
        }
        return name;
    }
}
