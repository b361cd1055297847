package dev.jmp.manager.server;

import dev.jmp.manager.core.ListMethods;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A list: an {@link ArrayList}. Indexes out of range fail as {@code ArrayList}'s do. */
final class ServedList {

    static final ObjectDispatcher DISPATCHER = new MethodHandlers<ServedList>()
            .on(ListMethods.SIZE, (l, a, c) -> l.list.size())
            .on(ListMethods.CLEAR, (l, a, c) -> {
                l.list.clear();
                return null;
            })
            .on(ListMethods.COPY, (l, a, c) -> l.list)
            .on(ListMethods.CONTAINS, (l, a, c) -> l.list.contains(a[0]))
            .on(ListMethods.GET, (l, a, c) -> l.list.get((Integer) a[0]))
            .on(ListMethods.SET, (l, a, c) -> l.list.set((Integer) a[0], a[1]))
            .on(ListMethods.ADD, (l, a, c) -> {
                l.list.add(a[0]);
                return null;
            })
            .on(ListMethods.ADD_AT, (l, a, c) -> {
                l.list.add((Integer) a[0], a[1]);
                return null;
            })
            .on(ListMethods.ADD_ALL, (l, a, c) -> l.list.addAll((Collection<?>) a[0]))
            .on(ListMethods.ADD_ALL_AT, (l, a, c) -> l.list.addAll((Integer) a[0], (Collection<?>) a[1]))
            .on(ListMethods.REMOVE_AT, (l, a, c) -> l.list.remove((int) (Integer) a[0]))
            .on(ListMethods.REMOVE, (l, a, c) -> l.list.remove(a[0]))
            .on(ListMethods.INDEX_OF, (l, a, c) -> l.list.indexOf(a[0]))
            .on(ListMethods.LAST_INDEX_OF, (l, a, c) -> l.list.lastIndexOf(a[0]))
            .on(ListMethods.SET_ALL, (l, a, c) -> {
                l.list.clear();
                l.list.addAll((Collection<?>) a[0]);
                return null;
            })
            .on(ListMethods.REMOVE_RANGE, (l, a, c) -> {
                l.list.subList((Integer) a[0], (Integer) a[1]).clear();
                return null;
            })
            .dispatcher(ListMethods.TABLE, true);

    private final List<Object> list;

    @SuppressWarnings("unchecked")
    ServedList(Object initial) {
        this.list = initial == null ? new ArrayList<>() : new ArrayList<>((Collection<Object>) initial);
    }
}
