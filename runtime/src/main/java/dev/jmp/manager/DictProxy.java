package dev.jmp.manager;

import dev.jmp.manager.core.DictMethods;
import dev.jmp.manager.core.ProxyCore;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;

/**
 * A dict held by a manager; Python's {@code DictProxy}, as a {@link ConcurrentMap}. Each method
 * is one call to the server and is atomic there, so {@code merge(key, 1, Integer::sum)} and the
 * other {@code ConcurrentMap} defaults are safe across processes (Python's {@code d[k] += 1} is
 * not). Keys keep insertion order. Null keys and values are allowed, as in Python.
 *
 * <pre>{@code
 * try (SyncManager manager = Manager.start()) {
 *     DictProxy<String, Integer> scores = manager.dict();
 *     Process p = new Process(GameTasks.play(scores));   // play(DictProxy<String, Integer> scores)
 *     p.start();
 *     p.join();
 *     System.out.println(scores);                        // {alice=3}
 * }
 * }</pre>
 *
 * <p><b>Views and iteration.</b> {@link #keySet()}, {@link #values()} and {@link #entrySet()}
 * are live views: their {@code size}, {@code contains}, {@code remove} and {@code clear} are
 * calls on the dict. Their iterators, and {@code equals}, {@code hashCode}, {@code toString},
 * work on a snapshot taken in one call when they start (weakly consistent, like
 * {@code ConcurrentHashMap}'s); an iterator's {@code remove} and an entry's {@code setValue}
 * act on the dict. {@link #copy()} returns that snapshot as a plain map.
 *
 * <p><b>Shared or copied.</b> A value put in the dict is copied into the server, except a proxy,
 * which stays a reference: {@code d.put("l", manager.list())} stores the list itself, and
 * {@code d.get("l")} returns a proxy of it. So {@code ((List) d.get("k")).add(x)} changes the
 * dict only when the value is a proxy; a plain list comes back as a copy, as in Python.
 */
public final class DictProxy<K, V> extends AbstractMap<K, V> implements ConcurrentMap<K, V>, BaseProxy {

    static {
        Proxies.shareable(DictProxy.class);
    }

    final ProxyCore core;

    DictProxy(ProxyCore core) {
        this.core = core;
    }

    @SuppressWarnings("unchecked")
    private static <T> T value(Object value) {
        return (T) value;
    }

    @Override
    public int size() {
        return core.call(DictMethods.SIZE);
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return core.call(DictMethods.CONTAINS_KEY, key);
    }

    @Override
    public boolean containsValue(Object value) {
        return core.call(DictMethods.CONTAINS_VALUE, value);
    }

    @Override
    public V get(Object key) {
        return value(core.call(DictMethods.GET, key));
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        return value(core.call(DictMethods.GET_OR_DEFAULT, key, defaultValue));
    }

    @Override
    public V put(K key, V value) {
        return value(core.call(DictMethods.PUT, key, value));
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> map) {
        core.call(DictMethods.PUT_ALL, new LinkedHashMap<>(map)); // a proxy argument is copied, not referenced
    }

    @Override
    public V remove(Object key) {
        return value(core.call(DictMethods.REMOVE, key));
    }

    /** Removes {@code key}; returns whether it was there (even with a null value). */
    boolean removeKey(Object key) {
        return core.call(DictMethods.REMOVE_KEY, key);
    }

    @Override
    public boolean remove(Object key, Object value) {
        return core.call(DictMethods.REMOVE_ENTRY, key, value);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return value(core.call(DictMethods.PUT_IF_ABSENT, key, value));
    }

    @Override
    public V replace(K key, V value) {
        return value(core.call(DictMethods.REPLACE, key, value));
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        return core.call(DictMethods.REPLACE_ENTRY, key, oldValue, newValue);
    }

    @Override
    public void clear() {
        core.call(DictMethods.CLEAR);
    }

    /**
     * Removes the entry put last and returns it, in one call; Python's {@code popitem()}, which
     * is last in, first out too.
     *
     * @throws java.util.NoSuchElementException when the dict is empty (Python's {@code KeyError})
     */
    public Map.Entry<K, V> popItem() {
        List<Object> item = core.call(DictMethods.POP_ITEM);
        return new AbstractMap.SimpleImmutableEntry<>(value(item.get(0)), value(item.get(1)));
    }

    /** The dict's contents now, as a plain {@link LinkedHashMap}: Python's {@code dict(proxy)}. */
    public Map<K, V> copy() {
        return value(core.call(DictMethods.COPY));
    }

    @Override
    public Set<K> keySet() {
        return new DictKeys<>(this);
    }

    @Override
    public Collection<V> values() {
        return new DictValues<>(this);
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new DictEntries<>(this);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Map<?, ?> other && copy().equals(Proxies.plain(other));
    }

    @Override
    public int hashCode() {
        return copy().hashCode();
    }

    @Override
    public String toString() {
        return Proxies.printing(core, () -> copy().toString(), "(this Map)");
    }

    /** The keys now, in insertion order. */
    List<K> keys() {
        return value(core.call(DictMethods.KEYS));
    }

    @Override
    public String typeId() {
        return core.typeId();
    }

    @Override
    public String managerAddress() {
        return core.address();
    }
}
