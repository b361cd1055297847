package dev.jmp.manager;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link DictProxy#entrySet()}: calls on the dict; iteration over a snapshot, whose entries'
 * {@code setValue} puts into the dict.
 */
final class DictEntries<K, V> extends AbstractSet<Map.Entry<K, V>> {

    private final DictProxy<K, V> dict;

    DictEntries(DictProxy<K, V> dict) {
        this.dict = dict;
    }

    @Override
    public int size() {
        return dict.size();
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof Map.Entry<?, ?> e)) {
            return false;
        }
        Object value = dict.get(e.getKey());
        return Objects.equals(value, e.getValue()) && (value != null || dict.containsKey(e.getKey()));
    }

    @Override
    public boolean remove(Object o) {
        return o instanceof Map.Entry<?, ?> e && dict.remove(e.getKey(), e.getValue());
    }

    @Override
    public void clear() {
        dict.clear();
    }

    @Override
    public Iterator<Map.Entry<K, V>> iterator() {
        List<Map.Entry<K, V>> entries = new ArrayList<>();
        for (Map.Entry<K, V> e : dict.copy().entrySet()) {
            entries.add(new LiveEntry(e.getKey(), e.getValue()));
        }
        return new SnapshotIterator<>(entries, e -> dict.removeKey(e.getKey()));
    }

    /** An entry of the snapshot whose {@code setValue} writes through to the dict. */
    private final class LiveEntry extends AbstractMap.SimpleEntry<K, V> {
        private static final long serialVersionUID = 1L;

        LiveEntry(K key, V value) {
            super(key, value);
        }

        @Override
        public V setValue(V value) {
            dict.put(getKey(), value);
            return super.setValue(value);
        }
    }
}
