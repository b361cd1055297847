package dev.jmp.manager.server;

import dev.jmp.manager.core.SetMethods;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** A set: a {@link LinkedHashSet}, so iteration keeps insertion order. */
final class ServedSet {

    static final ObjectDispatcher DISPATCHER = new MethodHandlers<ServedSet>()
            .on(SetMethods.SIZE, (s, a, c) -> s.set.size())
            .on(SetMethods.CLEAR, (s, a, c) -> {
                s.set.clear();
                return null;
            })
            .on(SetMethods.COPY, (s, a, c) -> s.set)
            .on(SetMethods.CONTAINS, (s, a, c) -> s.set.contains(a[0]))
            .on(SetMethods.ADD, (s, a, c) -> s.set.add(a[0]))
            .on(SetMethods.REMOVE, (s, a, c) -> s.set.remove(a[0]))
            .on(SetMethods.ADD_ALL, (s, a, c) -> s.set.addAll((Collection<?>) a[0]))
            .on(SetMethods.REMOVE_ALL, (s, a, c) -> s.set.removeAll((Collection<?>) a[0]))
            .on(SetMethods.RETAIN_ALL, (s, a, c) -> s.set.retainAll((Collection<?>) a[0]))
            .on(SetMethods.CONTAINS_ALL, (s, a, c) -> s.set.containsAll((Collection<?>) a[0]))
            .dispatcher(SetMethods.TABLE, true);

    private final Set<Object> set;

    @SuppressWarnings("unchecked")
    ServedSet(Object initial) {
        this.set = initial == null ? new LinkedHashSet<>() : new LinkedHashSet<>((Collection<Object>) initial);
    }
}
