package dev.jmp.manager;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/** Iterates over a snapshot; {@code remove} removes the last element from the proxied object. */
final class SnapshotIterator<T> implements Iterator<T> {

    private final List<T> snapshot;
    private final Consumer<T> remover;
    private int next;
    private boolean removable;

    SnapshotIterator(List<T> snapshot, Consumer<T> remover) {
        this.snapshot = snapshot;
        this.remover = remover;
    }

    @Override
    public boolean hasNext() {
        return next < snapshot.size();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        removable = true;
        return snapshot.get(next++);
    }

    @Override
    public void remove() {
        if (!removable) {
            throw new IllegalStateException("remove() without a next() before it");
        }
        removable = false;
        remover.accept(snapshot.get(next - 1));
    }
}
