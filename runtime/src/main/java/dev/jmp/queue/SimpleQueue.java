package dev.jmp.queue;

import dev.jmp.codec.Codec;
import dev.jmp.codec.Codecs;
import dev.jmp.internal.SharedObjects;
import dev.jmp.shm.ProcessShareable;
import java.util.Objects;

/**
 * An unbounded queue with only {@code put}, {@code get} and {@code isEmpty}: Python's
 * {@code SimpleQueue}. It is a {@link Queue} without the bound, timeouts and size, on the same
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

    /** Puts {@code item}; never blocks for room. */
    public void put(E item) {
        elements.records.offerNow(elements.encode(item));
    }

    /** Removes and returns the oldest item, waiting as long as it takes. */
    public E get() throws InterruptedException {
        elements.checkOpen();
        return elements.decode(elements.records.take(null));
    }

    /** Whether no item is waiting; Python's {@code empty()}. */
    public boolean isEmpty() {
        return elements.records.isEmpty();
    }

    /** Releases this process's use of the queue (see {@link Queue#close()}). */
    @Override
    public void close() {
        elements.close();
    }

    @Override
    public String toString() {
        return "SimpleQueue(" + (isEmpty() ? "empty" : "not empty") + ")";
    }
}
