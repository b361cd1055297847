package dev.jmp.manager;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.RandomAccess;
import java.util.function.UnaryOperator;

/**
 * A list held by a manager; Python's {@code ListProxy}, as a {@link List}. Each method is one
 * call to the server and atomic there: {@code add}, {@code get}, {@code set}, {@code remove},
 * {@code indexOf}, {@code contains}, {@code addAll}, {@code clear}, {@code size}.
 *
 * <pre>{@code
 * try (SyncManager manager = Manager.start()) {
 *     ListProxy<String> items = manager.list();
 *     Process p = new Process(WorkTasks.append(items));   // append(ListProxy<String> items)
 *     p.start();
 *     p.join();
 *     System.out.println(items);                          // [new item]
 * }
 * }</pre>
 *
 * <p><b>Iteration.</b> Iterators, {@code toArray}, {@code equals}, {@code hashCode} and
 * {@code toString} work on a snapshot taken in one call. A list iterator's {@code set},
 * {@code add} and {@code remove} act on the list at the iterator's index, which is only right
 * while no other process changes the list: hold a manager lock around such loops. {@code sort}
 * and {@code replaceAll} run their function here on a snapshot and write the result back in one
 * call; {@code subList} is a live view by index. Values put in are copied, proxies stay
 * references, as for {@link DictProxy}.
 */
public final class ListProxy<E> extends AbstractList<E> implements RandomAccess, BaseProxy {

    static {
        Proxies.shareable(ListProxy.class);
    }

    final ProxyCore core;

    ListProxy(ProxyCore core) {
        this.core = core;
    }

    private WireInput call(Op op, Object... values) {
        WireOutput out = core.call(op);
        for (Object v : values) {
            ProxyCore.CODEC.write(out, v);
        }
        return core.invoke(out);
    }

    private WireInput indexed(Op op, int index, Object... values) {
        WireOutput out = core.call(op);
        out.writeInt(index);
        for (Object v : values) {
            ProxyCore.CODEC.write(out, v);
        }
        return core.invoke(out);
    }

    private WireInput all(Op op, Integer index, Collection<?> values) {
        WireOutput out = core.call(op);
        if (index != null) {
            out.writeInt(index);
        }
        ProxyCore.CODEC.writeAll(out, new ArrayList<>(values)); // a proxy argument is copied
        return core.invoke(out);
    }

    @SuppressWarnings("unchecked")
    private static <T> T value(WireInput in) {
        return (T) ProxyCore.CODEC.read(in);
    }

    @Override
    public int size() {
        return call(Op.SIZE).readInt();
    }

    @Override
    public E get(int index) {
        return value(indexed(Op.GET_AT, index));
    }

    @Override
    public E set(int index, E element) {
        return value(indexed(Op.SET_AT, index, element));
    }

    @Override
    public boolean add(E element) {
        call(Op.ADD, element);
        return true;
    }

    @Override
    public void add(int index, E element) {
        indexed(Op.ADD_AT, index, element);
    }

    @Override
    public E remove(int index) {
        return value(indexed(Op.REMOVE_AT, index));
    }

    @Override
    public boolean remove(Object o) {
        return call(Op.REMOVE_ELEMENT, o).readBoolean();
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        return all(Op.ADD_ALL, null, c).readBoolean();
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        return all(Op.ADD_ALL_AT, index, c).readBoolean();
    }

    @Override
    public int indexOf(Object o) {
        return call(Op.INDEX_OF, o).readInt();
    }

    @Override
    public int lastIndexOf(Object o) {
        return call(Op.LAST_INDEX_OF, o).readInt();
    }

    @Override
    public boolean contains(Object o) {
        return call(Op.CONTAINS, o).readBoolean();
    }

    @Override
    public void clear() {
        call(Op.CLEAR);
    }

    @Override
    protected void removeRange(int fromIndex, int toIndex) {
        WireOutput out = core.call(Op.REMOVE_RANGE);
        out.writeInt(fromIndex);
        out.writeInt(toIndex);
        core.invoke(out);
    }

    /** The list's contents now, as a plain {@link ArrayList}: Python's {@code list(proxy)}. */
    public List<E> copy() {
        return value(call(Op.SNAPSHOT));
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
    public void sort(Comparator<? super E> c) {
        List<E> sorted = copy();
        sorted.sort(c);
        all(Op.SET_ALL, null, sorted);
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        List<E> replaced = copy();
        replaced.replaceAll(operator);
        all(Op.SET_ALL, null, replaced);
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
