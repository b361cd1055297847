package dev.jmp.manager;

import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;
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
            length = core.invoke(core.call(Op.SIZE)).readInt(); // fixed: ask once
        }
        return length;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        WireOutput out = core.call(Op.GET_AT);
        out.writeInt(index);
        return (E) ProxyCore.CODEC.read(core.invoke(out));
    }

    @Override
    @SuppressWarnings("unchecked")
    public E set(int index, E element) {
        WireOutput out = core.call(Op.SET_AT);
        out.writeInt(index);
        ProxyCore.CODEC.write(out, element);
        return (E) ProxyCore.CODEC.read(core.invoke(out));
    }

    /** The array's contents now, as a plain list. */
    @SuppressWarnings("unchecked")
    public List<E> copy() {
        return (List<E>) ProxyCore.CODEC.read(core.invoke(core.call(Op.SNAPSHOT)));
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
        return core.handle().typeId();
    }

    @Override
    public String managerAddress() {
        return core.handle().address();
    }
}
