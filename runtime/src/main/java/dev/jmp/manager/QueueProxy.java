package dev.jmp.manager;

import dev.jmp.manager.core.ProxyCore;
import dev.jmp.manager.core.QueueMethods;
import dev.jmp.manager.core.Shape;
import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A queue held by a manager; Python's {@code manager.Queue(maxsize)}, as a
 * {@link BlockingQueue}. Python's {@code put(x)}, {@code get()}, {@code get(timeout=t)},
 * {@code get_nowait()}, {@code put_nowait(x)}, {@code qsize()} and {@code empty()} are
 * {@code put(x)}, {@code take()}, {@code poll(t, unit)}, {@code poll()}, {@code offer(x)},
 * {@code size()} and {@code isEmpty()}. Like every {@code BlockingQueue}, it does not hold null.
 *
 * <pre>{@code
 * QueueProxy<String> jobs = manager.queue();
 * jobs.put("first");
 * String job = jobs.take();
 * }</pre>
 *
 * <p>A blocking call ({@code put} on a full queue, {@code take}, the timed forms) waits on the
 * server; interrupting the waiting thread ends it with {@link InterruptedException}, and an item
 * the server had already taken for it is put back at the head. Iteration works on a snapshot;
 * its {@code remove} removes that element from the queue.
 */
public class QueueProxy<E> extends AbstractQueue<E> implements BlockingQueue<E>, BaseProxy {

    static {
        Proxies.shareable(QueueProxy.class);
    }

    final ProxyCore core;

    QueueProxy(ProxyCore core) {
        this.core = core;
    }

    @SuppressWarnings("unchecked")
    private static <E> E item(Object item) {
        return (E) item;
    }

    private static Object nonNull(Object e) {
        return Objects.requireNonNull(e, "a queue does not hold null");
    }

    @Override
    public boolean offer(E e) {
        return core.call(QueueMethods.OFFER, nonNull(e), 0L);
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return core.callInterruptibly(QueueMethods.OFFER, nonNull(e), Timeouts.nanos(timeout, unit));
    }

    @Override
    public void put(E e) throws InterruptedException {
        core.callInterruptibly(QueueMethods.OFFER, nonNull(e), Shape.FOREVER);
    }

    @Override
    public E poll() {
        return item(core.call(QueueMethods.POLL, 0L));
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return item(core.callInterruptibly(QueueMethods.POLL, Timeouts.nanos(timeout, unit)));
    }

    @Override
    public E take() throws InterruptedException {
        return item(core.callInterruptibly(QueueMethods.POLL, Shape.FOREVER));
    }

    @Override
    public E peek() {
        return item(core.call(QueueMethods.PEEK));
    }

    @Override
    public int size() {
        return core.call(QueueMethods.SIZE);
    }

    @Override
    public int remainingCapacity() {
        return core.call(QueueMethods.REMAINING_CAPACITY);
    }

    @Override
    public boolean contains(Object o) {
        return core.call(QueueMethods.CONTAINS, o);
    }

    @Override
    public boolean remove(Object o) {
        return core.call(QueueMethods.REMOVE, o);
    }

    @Override
    public void clear() {
        core.call(QueueMethods.CLEAR);
    }

    @Override
    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    @Override
    @SuppressWarnings("unchecked")
    public int drainTo(Collection<? super E> c, int maxElements) {
        if (c == this) {
            throw new IllegalArgumentException("cannot drain a queue into itself");
        }
        List<Object> taken = core.call(QueueMethods.DRAIN, Math.max(0, maxElements));
        for (Object item : taken) {
            c.add((E) item);
        }
        return taken.size();
    }

    /** The items now, head first, as a plain list. */
    @SuppressWarnings("unchecked")
    public List<E> copy() {
        return (List<E>) core.call(QueueMethods.COPY);
    }

    @Override
    public Iterator<E> iterator() {
        return new SnapshotIterator<>(copy(), this::remove);
    }

    @Override
    public Object[] toArray() {
        return copy().toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        return copy().toArray(a);
    }

    /** Equal to a proxy of the same queue, as {@code BlockingQueue}s compare by identity. */
    @Override
    public boolean equals(Object o) {
        return o instanceof QueueProxy<?> other && Proxies.sameObject(core, other.core);
    }

    @Override
    public int hashCode() {
        return core.identity().hashCode();
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
