package dev.jmp.queue;

import dev.jmp.codec.Codec;
import dev.jmp.codec.Codecs;
import dev.jmp.internal.SharedObjects;
import dev.jmp.sync.ProcessShareable;
import java.util.Objects;

/**
 * An unbounded queue with only {@code put}, {@code get}, {@code isEmpty} and {@code shutdown}:
 * Python's {@code SimpleQueue}. It is a {@link Queue} without the bound, timeouts and size, on the same
 * shared memory, so it has the same guarantees (no feeder thread, nothing lost at exit).
 *
 * <pre>{@code
 * try (SimpleQueue<Integer> results = SimpleQueue.create(Integer.class)) {
 *     new Process(MathTasks.square(7, results)).start();   // square(int n, SimpleQueue<Integer> out)
 *     System.out.println(results.get());                   // 49
 * }
 * }</pre>
 *
 * @param <E> the element type
 */
public final class SimpleQueue<E> implements ProcessShareable, AutoCloseable {

    static {
        SharedObjects.register(SimpleQueue.class, (q, out) -> q.elements.write(out),
                in -> new SimpleQueue<>(Elements.read(in)));
    }

    private final Elements<E> elements;

    private SimpleQueue(Elements<E> elements) {
        this.elements = elements;
    }

    /** A queue of {@code type}, encoded by {@link Codecs#of}. */
    public static <E> SimpleQueue<E> create(Class<E> type) {
        return create(Codecs.of(type));
    }

    /** A queue whose elements {@code codec} encodes. */
    public static <E> SimpleQueue<E> create(Codec<E> codec) {
        return new SimpleQueue<>(Elements.create(Objects.requireNonNull(codec, "codec"), 0));
    }

    /**
     * Puts {@code item}; never blocks for room.
     *
     * @throws QueueShutDownException if the queue was {@linkplain #shutdown shut down}
     */
    public void put(E item) {
        elements.putNow(item);
    }

    /**
     * Removes and returns the oldest item, waiting as long as it takes.
     *
     * @throws QueueShutDownException if the queue is, or while waiting was, {@linkplain #shutdown shut down}
     *     and holds no item
     */
    public E get() throws InterruptedException {
        return elements.get(null);
    }

    /** Whether no item is waiting; Python's {@code empty()}. */
    public boolean isEmpty() {
        elements.checkOpen();
        return elements.records.isEmpty();
    }

    /** {@link #shutdown(boolean) shutdown(false)}. */
    public void shutdown() {
        shutdown(false);
    }

    /**
     * As {@link Queue#shutdown(boolean)}, which Python's {@code SimpleQueue} lacks: puts throw from
     * now on, and gets return what is left (nothing, with {@code immediate}) and then throw
     * {@link QueueShutDownException} instead of waiting, in every process.
     */
    public void shutdown(boolean immediate) {
        elements.shutdown(immediate);
    }

    /** Releases this process's use of the queue (see {@link Queue#close()}). */
    @Override
    public void close() {
        elements.close();
    }

    @Override
    public String toString() {
        return "SimpleQueue(" + (elements.isClosed() ? "closed" : isEmpty() ? "empty" : "not empty") + ")";
    }
}
