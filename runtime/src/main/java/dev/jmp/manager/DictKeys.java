package dev.jmp.manager;

import java.util.AbstractSet;
import java.util.Iterator;

/** {@link DictProxy#keySet()}: calls on the dict; iteration over a snapshot of its keys. */
final class DictKeys<K> extends AbstractSet<K> {

    private final DictProxy<K, ?> dict;

    DictKeys(DictProxy<K, ?> dict) {
        this.dict = dict;
    }

    @Override
    public int size() {
        return dict.size();
    }

    @Override
    public boolean contains(Object o) {
        return dict.containsKey(o);
    }

    @Override
    public boolean remove(Object o) {
        return dict.removeKey(o);
    }

    @Override
    public void clear() {
        dict.clear();
    }

    @Override
    public Iterator<K> iterator() {
        return new SnapshotIterator<>(dict.keys(), dict::removeKey);
    }
}
