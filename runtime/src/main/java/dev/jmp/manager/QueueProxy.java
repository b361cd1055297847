package dev.jmp.manager;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;
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

    private WireOutput offerCall(E e, long nanos) {
        WireOutput out = core.call(Op.OFFER);
        ProxyCore.CODEC.write(out, Objects.requireNonNull(e, "a queue does not hold null"));
        out.writeLong(nanos);
        return out;
    }

    @SuppressWarnings("unchecked")
    private E item(WireInput in) {
        return in.readPresence() ? (E) ProxyCore.CODEC.read(in) : null;
    }

    private WireOutput pollCall(long nanos) {
        WireOutput out = core.call(Op.POLL);
        out.writeLong(nanos);
        return out;
    }

    @Override
    public boolean offer(E e) {
        return core.invoke(offerCall(e, 0)).readBoolean();
    }

    @Override
    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return core.invokeInterruptibly(offerCall(e, Timeouts.nanos(timeout, unit))).readBoolean();
    }

    @Override
    public void put(E e) throws InterruptedException {
        core.invokeInterruptibly(offerCall(e, Op.FOREVER));
    }

    @Override
    public E poll() {
        return item(core.invoke(pollCall(0)));
    }

    @Override
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        return item(core.invokeInterruptibly(pollCall(Timeouts.nanos(timeout, unit))));
    }

    @Override
    public E take() throws InterruptedException {
        return item(core.invokeInterruptibly(pollCall(Op.FOREVER)));
    }

    @Override
    public E peek() {
        return item(core.invoke(core.call(Op.PEEK)));
    }

    @Override
    public int size() {
        return core.invoke(core.call(Op.SIZE)).readInt();
    }

    @Override
    public int remainingCapacity() {
        return core.invoke(core.call(Op.REMAINING_CAPACITY)).readInt();
    }

    @Override
    public boolean contains(Object o) {
        WireOutput out = core.call(Op.CONTAINS);
        ProxyCore.CODEC.write(out, o);
        return core.invoke(out).readBoolean();
    }

    @Override
    public boolean remove(Object o) {
        WireOutput out = core.call(Op.REMOVE_ELEMENT);
        ProxyCore.CODEC.write(out, o);
        return core.invoke(out).readBoolean();
    }

    @Override
    public void clear() {
        core.invoke(core.call(Op.CLEAR));
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
        WireOutput out = core.call(Op.DRAIN);
        out.writeInt(Math.max(0, maxElements));
        List<Object> taken = ProxyCore.CODEC.readAll(core.invoke(out));
        for (Object item : taken) {
            c.add((E) item);
        }
        return taken.size();
    }

    /** The items now, head first, as a plain list. */
    @SuppressWarnings("unchecked")
    public List<E> copy() {
        return (List<E>) ProxyCore.CODEC.read(core.invoke(core.call(Op.SNAPSHOT)));
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
        return o instanceof QueueProxy<?> other && core.handle().sameObject(other.core.handle());
    }

    @Override
    public int hashCode() {
        return Long.hashCode(core.handle().objectId()) * 31 + Long.hashCode(core.handle().serverId());
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
