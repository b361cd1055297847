package dev.jmp.queue;

import dev.jmp.codec.Codec;
import dev.jmp.codec.Codecs;
import dev.jmp.internal.SharedObjects;
import dev.jmp.internal.WireOutput;
import dev.jmp.sync.ProcessShareable;
import java.time.Duration;
import java.util.Objects;

/**
 * A first-in first-out queue shared by processes: Python's {@code multiprocessing.Queue}. Pass it
 * to {@code @ProcessTask} methods like any shared object; any number of processes may put and get.
 *
 * <pre>{@code
 * try (Queue<String> q = Queue.create(String.class)) {
 *     Process p = new Process(WorkerTasks.produce(q));   // produce(Queue<String> q) puts
 *     p.start();
 *     System.out.println(q.get());
 *     p.join();                                          // never hangs on data left in q
 * }
 * }</pre>
 *
 * <p><b>No feeder thread.</b> Python's {@code put} hands the item to a background thread that
 * writes it to a pipe later, so a process that exits with items in that buffer blocks until
 * someone reads them, and a parent that joins it first deadlocks. Here {@code put} copies the
 * item into shared memory before it returns: a process can exit right after putting, its
 * parent's {@code join()} returns at once, and every item put before the exit stays in the queue.
 * Queue memory belongs to the process that created the queue (the items outlive their producer),
 * so that process must keep the queue open until the others are done with it.
 *
 * <p>Elements are encoded by the queue's {@link Codec}, chosen at creation and passed on with the
 * queue; {@code null} elements are allowed. Items from one producer arrive in the order put; items
 * are never lost or duplicated, and an item is visible to consumers only once completely written,
 * even if its producer is killed in the middle of a {@code put}. {@link #qsize}, {@link #isEmpty}
 * and {@link #isFull} are exact while no one else puts or gets, approximate otherwise.
 *
 * @param <E> the element type
 */
public class Queue<E> implements ProcessShareable, AutoCloseable {

    static {
        SharedObjects.register(Queue.class, Queue::writeHandle, in -> new Queue<>(Elements.read(in)));
    }

    final Elements<E> elements;

    Queue(Elements<E> elements) {
        this.elements = elements;
    }

    /** An unbounded queue of {@code type}, encoded by {@link Codecs#of}; Python's {@code Queue()}. */
    public static <E> Queue<E> create(Class<E> type) {
        return create(Codecs.of(type), 0);
    }

    /** A queue of at most {@code maxsize} items (0 or less: unbounded); Python's {@code Queue(maxsize)}. */
    public static <E> Queue<E> create(Class<E> type, int maxsize) {
        return create(Codecs.of(type), maxsize);
    }

    /** An unbounded queue whose elements {@code codec} encodes. */
    public static <E> Queue<E> create(Codec<E> codec) {
        return create(codec, 0);
    }

    /** A queue of at most {@code maxsize} items (0 or less: unbounded) encoded by {@code codec}. */
    public static <E> Queue<E> create(Codec<E> codec, int maxsize) {
        return new Queue<>(Elements.create(Objects.requireNonNull(codec, "codec"), Math.max(0, maxsize)));
    }

    /**
     * Puts {@code item}, waiting as long as it takes for room in a bounded queue.
     *
     * @throws QueueShutDownException if the queue is, or while waiting was, {@linkplain #shutdown shut down}
     */
    public void put(E item) throws InterruptedException {
        elements.put(item, null);
    }

    /**
     * Puts {@code item}, waiting at most {@code timeout} for room.
     *
     * @throws QueueFullException if the queue stayed full that long
     * @throws QueueShutDownException if the queue is, or while waiting was, {@linkplain #shutdown shut down}
     */
    public void put(E item, Duration timeout) throws InterruptedException {
        elements.put(item, Objects.requireNonNull(timeout, "timeout"));
    }

    /**
     * Puts {@code item} only if there is room now; Python's {@code put_nowait}.
     *
     * @throws QueueFullException if the queue is full
     * @throws QueueShutDownException if the queue was {@linkplain #shutdown shut down}
     */
    public void putNowait(E item) {
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

    /**
     * Removes and returns the oldest item, waiting at most {@code timeout}.
     *
     * @throws QueueEmptyException if no item came in that time (a dead producer never hangs this)
     * @throws QueueShutDownException if the queue is, or while waiting was, {@linkplain #shutdown shut down}
     *     and holds no item
     */
    public E get(Duration timeout) throws InterruptedException {
        return elements.get(Objects.requireNonNull(timeout, "timeout"));
    }

    /**
     * Removes and returns the oldest item if there is one now; Python's {@code get_nowait}.
     *
     * @throws QueueEmptyException if the queue is empty
     * @throws QueueShutDownException if the queue was {@linkplain #shutdown shut down} and is empty
     */
    public E getNowait() {
        return elements.getNow();
    }

    /** Python's {@code shutdown()}: {@link #shutdown(boolean) shutdown(false)}. */
    public void shutdown() {
        shutdown(false);
    }

    /**
     * Shuts the queue down for every process, as Python's {@code queue.Queue.shutdown(immediate)}
     * (3.13) does for threads: from now on every put throws {@link QueueShutDownException}, and
     * gets return the items left and then throw it instead of waiting; with {@code immediate},
     * the items left are discarded, so gets throw at once. Puts and gets waiting in any process
     * wake and throw. The state lives in the queue's shared memory and cannot be undone.
     */
    public void shutdown(boolean immediate) {
        elements.shutdown(immediate);
    }

    /** Whether {@link #shutdown} was called, in any process. */
    public boolean isShutDown() {
        return elements.isShutDown();
    }

    /** The number of items waiting; Python's {@code qsize()}, and like it approximate under traffic. */
    public int qsize() {
        elements.checkOpen();
        return (int) Math.min(Integer.MAX_VALUE, elements.records.size());
    }

    /** Whether no item is waiting; Python's {@code empty()}. */
    public boolean isEmpty() {
        elements.checkOpen();
        return elements.records.isEmpty();
    }

    /** Whether a bounded queue holds {@link #maxsize()} items; Python's {@code full()}. */
    public boolean isFull() {
        elements.checkOpen();
        return elements.records.isFull();
    }

    /** The bound given at creation; 0 for an unbounded queue. */
    public int maxsize() {
        elements.checkOpen();
        return (int) elements.records.maxRecords();
    }

    /**
     * Releases this process's use of the queue; further use here throws
     * {@code [jmp.queue.closed]}, whatever the method ({@code qsize} and {@code isEmpty} too), and
     * other processes go on. In the process that created the queue this also frees its memory, so
     * do it there last. Idempotent.
     */
    @Override
    public void close() {
        elements.close();
    }

    void writeHandle(WireOutput out) {
        elements.write(out);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + (elements.isClosed() ? "(closed)"
                : "(qsize=" + qsize() + (maxsize() > 0 ? ", maxsize=" + maxsize() : "") + (isShutDown() ? ", shut down" : "") + ")");
    }
}
