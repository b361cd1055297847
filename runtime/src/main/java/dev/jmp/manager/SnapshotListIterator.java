package dev.jmp.manager;

import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;

/**
 * A list iterator over a snapshot of a {@link ListProxy} or {@link ArrayProxy}; {@code set},
 * {@code add} and {@code remove} act on the proxied list at the iterator's index too.
 */
final class SnapshotListIterator<E> implements ListIterator<E> {

    private final List<E> target;
    private final List<E> snapshot;
    private int cursor;
    private int last = -1;

    SnapshotListIterator(List<E> target, List<E> snapshot, int index) {
        if (index < 0 || index > snapshot.size()) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + snapshot.size());
        }
        this.target = target;
        this.snapshot = snapshot;
        this.cursor = index;
    }

    @Override
    public boolean hasNext() {
        return cursor < snapshot.size();
    }

    @Override
    public E next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        last = cursor;
        return snapshot.get(cursor++);
    }

    @Override
    public boolean hasPrevious() {
        return cursor > 0;
    }

    @Override
    public E previous() {
        if (!hasPrevious()) {
            throw new NoSuchElementException();
        }
        last = --cursor;
        return snapshot.get(cursor);
    }

    @Override
    public int nextIndex() {
        return cursor;
    }

    @Override
    public int previousIndex() {
        return cursor - 1;
    }

    @Override
    public void remove() {
        if (last < 0) {
            throw new IllegalStateException("remove() without a next() or previous() before it");
        }
        target.remove(last);
        snapshot.remove(last);
        cursor = last;
        last = -1;
    }

    @Override
    public void set(E e) {
        if (last < 0) {
            throw new IllegalStateException("set() without a next() or previous() before it");
        }
        target.set(last, e);
        snapshot.set(last, e);
    }

    @Override
    public void add(E e) {
        target.add(cursor, e);
        snapshot.add(cursor++, e);
        last = -1;
    }
}
