package dev.jmp.queue;

import dev.jmp.codec.Codec;
import dev.jmp.codec.Codecs;
import dev.jmp.internal.SharedObjects;
import dev.jmp.internal.WireOutput;
import dev.jmp.shm.LongValue;
import dev.jmp.sync.Event;
import java.time.Duration;
import java.util.Objects;

/**
 * A {@link Queue} that counts unfinished items: Python's {@code JoinableQueue}. Every
 * {@code put} adds one; a consumer calls {@link #taskDone()} when it has finished with an item it
 * got, and {@link #join()} waits until every item put has been finished.
 *
 * <pre>{@code
 * JoinableQueue<Path> work = JoinableQueue.create(Path.class);   // a Serializable type
 * // each worker process:  Path p = work.get(); process(p); work.taskDone();
 * files.forEach(work::put);
 * work.join();   // every file processed
 * }</pre>
 *
 * @param <E> the element type
 */
public final class JoinableQueue<E> extends Queue<E> {

    static {
        SharedObjects.register(JoinableQueue.class, JoinableQueue::writeHandle, in -> new JoinableQueue<>(
                Elements.read(in), SharedObjects.read(in, LongValue.class), SharedObjects.read(in, Event.class)));
    }

    private final LongValue unfinished;
    private final Event finished;

    private JoinableQueue(Elements<E> elements, LongValue unfinished, Event finished) {
        super(elements);
        this.unfinished = unfinished;
        this.finished = finished;
    }

    /** An unbounded joinable queue of {@code type}. */
    public static <E> JoinableQueue<E> create(Class<E> type) {
        return create(Codecs.of(type), 0);
    }

    /** A joinable queue of at most {@code maxsize} items (0: unbounded). */
    public static <E> JoinableQueue<E> create(Class<E> type, int maxsize) {
        return create(Codecs.of(type), maxsize);
    }

    /** A joinable queue of at most {@code maxsize} items (0: unbounded) encoded by {@code codec}. */
    public static <E> JoinableQueue<E> create(Codec<E> codec, int maxsize) {
        return new JoinableQueue<>(Elements.create(Objects.requireNonNull(codec, "codec"), Math.max(0, maxsize)),
                LongValue.createRaw(0), Event.create());
    }

    // Counted before the item is visible, so a fast consumer's taskDone never finds the count at 0.
    @Override
    public void put(E item) throws InterruptedException {
        counted(() -> super.put(item));
    }

    @Override
    public void put(E item, Duration timeout) throws InterruptedException {
        counted(() -> super.put(item, timeout));
    }

    @Override
    public void putNowait(E item) {
        try {
            counted(() -> super.putNowait(item));
        } catch (InterruptedException e) {
            throw new AssertionError("putNowait does not wait", e);
        }
    }

    private interface Put {
        void run() throws InterruptedException;
    }

    /** Counts the item, then puts it; a put that fails (full, shut down, interrupted) is not counted. */
    private void counted(Put put) throws InterruptedException {
        elements.checkOpen();
        unfinished.incrementAndGet();
        boolean done = false;
        try {
            put.run();
            done = true;
        } finally {
            if (!done) {
                finishOne();
            }
        }
    }

    /**
     * As {@link Queue#shutdown(boolean)}; with {@code immediate}, each item discarded counts as
     * done, as Python's {@code JoinableQueue} calls {@code task_done()} for it, so {@link #join}
     * returns once the items already got are done too.
     */
    @Override
    public void shutdown(boolean immediate) {
        finish(elements.shutdown(immediate));
    }

    /**
     * Tells the queue that an item got earlier has been processed; Python's {@code task_done()}.
     *
     * @throws IllegalStateException if called more times than items were put
     */
    public void taskDone() {
        elements.checkOpen();
        finishOne();
    }

    private void finishOne() {
        if (finish(1) == 0) {
            throw new IllegalStateException("[jmp.queue.task-done-too-often] taskDone() was called more"
                    + " times than items were put; call it once per item got");
        }
    }

    /** Counts up to {@code items} as done, never below zero; returns how many it counted. */
    private long finish(long items) {
        while (items > 0) {
            long count = unfinished.get();
            long counted = Math.min(items, count);
            if (counted <= 0) {
                return 0;
            }
            if (unfinished.compareAndSet(count, count - counted)) {
                if (count == counted) {
                    finished.set();
                }
                return counted;
            }
        }
        return 0;
    }

    /** Waits until every item put has been marked done with {@link #taskDone()}; Python's {@code join()}. */
    public void join() throws InterruptedException {
        join(null);
    }

    /**
     * Waits at most {@code timeout} (null: no limit) for every item to be done; returns whether
     * they were. Like Python's, it returns once the count has reached zero, even if new items
     * were put after that.
     */
    public boolean join(Duration timeout) throws InterruptedException {
        elements.checkOpen();
        if (unfinished.get() == 0) {
            return true;
        }
        finished.clear();
        return unfinished.get() == 0 || finished.await(timeout);
    }

    /** Items put and not yet marked done. */
    public long unfinishedTasks() {
        elements.checkOpen();
        return unfinished.get();
    }

    @Override
    public void close() {
        super.close();
        unfinished.close();
        finished.close();
    }

    @Override
    void writeHandle(WireOutput out) {
        super.writeHandle(out);
        SharedObjects.write(out, unfinished);
        SharedObjects.write(out, finished);
    }
}
