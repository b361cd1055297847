package dev.jmp.manager;

import dev.jmp.manager.core.ListMethods;
import dev.jmp.manager.core.ProxyCore;
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

    @SuppressWarnings("unchecked")
    private static <T> T value(Object value) {
        return (T) value;
    }

    /** The elements of {@code c}, copied: a proxy argument is not referenced. */
    private static List<Object> copied(Collection<?> c) {
        return new ArrayList<>(c);
    }

    @Override
    public int size() {
        return core.call(ListMethods.SIZE);
    }

    @Override
    public E get(int index) {
        return value(core.call(ListMethods.GET, index));
    }

    @Override
    public E set(int index, E element) {
        return value(core.call(ListMethods.SET, index, element));
    }

    @Override
    public boolean add(E element) {
        core.call(ListMethods.ADD, element);
        return true;
    }

    @Override
    public void add(int index, E element) {
        core.call(ListMethods.ADD_AT, index, element);
    }

    @Override
    public E remove(int index) {
        return value(core.call(ListMethods.REMOVE_AT, index));
    }

    @Override
    public boolean remove(Object o) {
        return core.call(ListMethods.REMOVE, o);
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        return core.call(ListMethods.ADD_ALL, copied(c));
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        return core.call(ListMethods.ADD_ALL_AT, index, copied(c));
    }

    @Override
    public int indexOf(Object o) {
        return core.call(ListMethods.INDEX_OF, o);
    }

    @Override
    public int lastIndexOf(Object o) {
        return core.call(ListMethods.LAST_INDEX_OF, o);
    }

    @Override
    public boolean contains(Object o) {
        return core.call(ListMethods.CONTAINS, o);
    }

    @Override
    public void clear() {
        core.call(ListMethods.CLEAR);
    }

    @Override
    protected void removeRange(int fromIndex, int toIndex) {
        core.call(ListMethods.REMOVE_RANGE, fromIndex, toIndex);
    }

    /** The list's contents now, as a plain {@link ArrayList}: Python's {@code list(proxy)}. */
    public List<E> copy() {
        return value(core.call(ListMethods.COPY));
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
        core.call(ListMethods.SET_ALL, sorted);
    }

    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        List<E> replaced = copy();
        replaced.replaceAll(operator);
        core.call(ListMethods.SET_ALL, replaced);
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
