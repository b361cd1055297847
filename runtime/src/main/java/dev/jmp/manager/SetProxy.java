package dev.jmp.manager;

import dev.jmp.manager.core.ProxyCore;
import dev.jmp.manager.core.SetMethods;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A set held by a manager; Python's {@code manager.set()}, as a {@link Set}. Each method is one
 * call to the server and atomic there, {@code addAll}, {@code removeAll}, {@code retainAll} and
 * {@code containsAll} included. Elements keep insertion order; null is allowed.
 *
 * <pre>{@code
 * SetProxy<String> seen = manager.set();
 * if (seen.add(url)) {     // true for the first process to add it
 *     crawl(url);
 * }
 * }</pre>
 *
 * <p>Iterators, {@code toArray}, {@code equals}, {@code hashCode} and {@code toString} work on a
 * snapshot taken in one call; an iterator's {@code remove} removes that element from the set.
 * Values put in are copied, proxies stay references, as for {@link DictProxy}.
 */
public final class SetProxy<E> extends AbstractSet<E> implements BaseProxy {

    static {
        Proxies.shareable(SetProxy.class);
    }

    final ProxyCore core;

    SetProxy(ProxyCore core) {
        this.core = core;
    }

    /** The elements of {@code c}, copied: a proxy argument is not referenced. */
    private static List<Object> copied(Collection<?> c) {
        return new ArrayList<>(c);
    }

    @Override
    public int size() {
        return core.call(SetMethods.SIZE);
    }

    @Override
    public boolean contains(Object o) {
        return core.call(SetMethods.CONTAINS, o);
    }

    @Override
    public boolean add(E e) {
        return core.call(SetMethods.ADD, e);
    }

    @Override
    public boolean remove(Object o) {
        return core.call(SetMethods.REMOVE, o);
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        return core.call(SetMethods.ADD_ALL, copied(c));
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        return core.call(SetMethods.REMOVE_ALL, copied(c));
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        return core.call(SetMethods.RETAIN_ALL, copied(c));
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        return core.call(SetMethods.CONTAINS_ALL, copied(c));
    }

    @Override
    public void clear() {
        core.call(SetMethods.CLEAR);
    }

    /** The set's contents now, as a plain {@link java.util.LinkedHashSet}: Python's {@code set(proxy)}. */
    @SuppressWarnings("unchecked")
    public Set<E> copy() {
        return (Set<E>) core.call(SetMethods.COPY);
    }

    @Override
    public Iterator<E> iterator() {
        return new SnapshotIterator<>(new ArrayList<>(copy()), this::remove);
    }

    @Override
    public Object[] toArray() {
        return copy().toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        return copy().toArray(a);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Set<?> other && copy().equals(Proxies.plain(other));
    }

    @Override
    public int hashCode() {
        return copy().hashCode();
    }

    @Override
    public String toString() {
        return Proxies.printing(core, () -> copy().toString(), "(this Collection)");
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
