package dev.jmp.manager;

import dev.jmp.manager.core.ArrayMethods;
import dev.jmp.manager.core.ProxyCore;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.RandomAccess;

/**
 * An array held by a manager; Python's {@code manager.Array}, as a fixed-size {@link List} (like
 * {@link java.util.Arrays#asList}): {@code get} and {@code set} are calls on the server;
 * {@code add} and {@code remove} throw {@link UnsupportedOperationException}. Iteration,
 * {@code equals}, {@code hashCode} and {@code toString} work on a snapshot taken in one call.
 *
 * <pre>{@code
 * ArrayProxy<Double> a = manager.array(new double[] {0.0, 0.0});
 * a.set(1, 2.5);
 * }</pre>
 */
public final class ArrayProxy<E> extends AbstractList<E> implements RandomAccess, BaseProxy {

    static {
        Proxies.shareable(ArrayProxy.class);
    }

    final ProxyCore core;
    private int length = -1;

    ArrayProxy(ProxyCore core) {
        this.core = core;
    }

    @Override
    public int size() {
        if (length < 0) {
            length = core.call(ArrayMethods.SIZE); // fixed: ask once
        }
        return length;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        return (E) core.call(ArrayMethods.GET, index);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E set(int index, E element) {
        return (E) core.call(ArrayMethods.SET, index, element);
    }

    /** The array's contents now, as a plain list. */
    @SuppressWarnings("unchecked")
    public List<E> copy() {
        return (List<E>) core.call(ArrayMethods.COPY);
    }

    @Override
    public Iterator<E> iterator() {
        return listIterator(0);
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        return new SnapshotListIterator<>(this, copy(), index);
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
        return o == this || o instanceof List<?> other && copy().equals(Proxies.plain(other));
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
