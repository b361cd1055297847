package dev.jmp.manager;

import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.Map;

/** {@link DictProxy#values()}: calls on the dict; iteration over a snapshot of its entries. */
final class DictValues<V> extends AbstractCollection<V> {

    private final DictProxy<?, V> dict;

    DictValues(DictProxy<?, V> dict) {
        this.dict = dict;
    }

    @Override
    public int size() {
        return dict.size();
    }

    @Override
    public boolean contains(Object o) {
        return dict.containsValue(o);
    }

    @Override
    public void clear() {
        dict.clear();
    }

    @Override
    public Iterator<V> iterator() {
        Iterator<? extends Map.Entry<?, V>> entries = new DictEntries<>(dict).iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public V next() {
                return entries.next().getValue();
            }

            @Override
            public void remove() {
                entries.remove();
            }
        };
    }
}
