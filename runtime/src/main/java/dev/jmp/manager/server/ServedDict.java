package dev.jmp.manager.server;

import dev.jmp.manager.core.DictMethods;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/** A dict: a {@link LinkedHashMap}, so iteration keeps insertion order as Python's dict does. */
final class ServedDict {

    static final ObjectDispatcher DISPATCHER = new MethodHandlers<ServedDict>()
            .on(DictMethods.SIZE, (d, a, c) -> d.map.size())
            .on(DictMethods.CLEAR, (d, a, c) -> {
                d.map.clear();
                return null;
            })
            .on(DictMethods.COPY, (d, a, c) -> d.map)
            .on(DictMethods.KEYS, (d, a, c) -> new ArrayList<>(d.map.keySet()))
            .on(DictMethods.GET, (d, a, c) -> d.map.get(a[0]))
            .on(DictMethods.GET_OR_DEFAULT, (d, a, c) -> d.map.getOrDefault(a[0], a[1]))
            .on(DictMethods.CONTAINS_KEY, (d, a, c) -> d.map.containsKey(a[0]))
            .on(DictMethods.CONTAINS_VALUE, (d, a, c) -> d.map.containsValue(a[0]))
            .on(DictMethods.PUT, (d, a, c) -> d.map.put(a[0], a[1]))
            .on(DictMethods.PUT_IF_ABSENT, (d, a, c) -> d.map.putIfAbsent(a[0], a[1]))
            .on(DictMethods.REPLACE, (d, a, c) -> d.map.replace(a[0], a[1]))
            .on(DictMethods.PUT_ALL, (d, a, c) -> {
                d.map.putAll((Map<?, ?>) a[0]);
                return null;
            })
            .on(DictMethods.REMOVE, (d, a, c) -> d.map.remove(a[0]))
            .on(DictMethods.REMOVE_KEY, (d, a, c) -> {
                boolean present = d.map.containsKey(a[0]);
                d.map.remove(a[0]);
                return present;
            })
            .on(DictMethods.REMOVE_ENTRY, (d, a, c) -> d.map.remove(a[0], a[1]))
            .on(DictMethods.REPLACE_ENTRY, (d, a, c) -> d.replaceEntry(a[0], a[1], a[2]))
            .on(DictMethods.POP_ITEM, (d, a, c) -> d.popItem())
            .dispatcher(DictMethods.TABLE, true);

    private final Map<Object, Object> map;

    @SuppressWarnings("unchecked")
    ServedDict(Object initial) {
        this.map = initial == null ? new LinkedHashMap<>() : new LinkedHashMap<>((Map<Object, Object>) initial);
    }

    private boolean replaceEntry(Object key, Object expected, Object replacement) {
        boolean matches = map.containsKey(key) && Objects.equals(map.get(key), expected);
        if (matches) {
            map.put(key, replacement);
        }
        return matches;
    }

    /**
     * Python's {@code popitem()}: the entry put last, removed. A walk to the end: Java 17's
     * {@code LinkedHashMap} cannot read its last entry otherwise.
     */
    private Object popItem() {
        if (map.isEmpty()) {
            throw new NoSuchElementException("popItem(): the dict is empty");
        }
        Map.Entry<Object, Object> last = null;
        for (Iterator<Map.Entry<Object, Object>> i = map.entrySet().iterator(); i.hasNext(); ) {
            last = i.next();
        }
        map.remove(last.getKey());
        return Arrays.asList(last.getKey(), last.getValue());
    }
}
