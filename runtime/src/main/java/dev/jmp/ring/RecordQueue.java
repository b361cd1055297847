package dev.jmp.ring;

import dev.jmp.base.Deadline;
import dev.jmp.internal.Attachable;
import dev.jmp.internal.SharedObjects;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.memory.SharedWords;
import dev.jmp.sync.primitive.EventWord;
import java.time.Duration;

/**
 * A first-in first-out queue of byte records in shared memory, for any number of producer and
 * consumer processes: what {@code Queue}, {@code SimpleQueue}, {@code JoinableQueue} and the ends
 * of a {@code Pipe} are made of. Runtime-internal, not user API.
 *
 * <p>The records are kept by a {@link RecordStore}: a ring and, while it is full, a chain of
 * overflow files. Producers take turns under one lock and consumers under another (the owner
 * words of {@code dev.jmp.sync.primitive}, as a {@code Lock}'s), so each record is published and
 * consumed by a single store; both locks are taken over when their holder dies, and since nothing
 * a dead holder left half-done was published, no one ever sees a torn record. Waiting for data or
 * room is done on two {@link EventWord}s, so it follows the shared wait strategy of the sync
 * primitives, and never happens while holding a lock.
 */
public final class RecordQueue implements AutoCloseable {

    /** The size of each overflow chunk file's data (larger records get a chunk of their own). */
    public static final int OVERFLOW_CHUNK_BYTES = OverflowChain.CHUNK_BYTES;

    /** What {@link #take} returns for a null element; compare by identity. */
    public static final byte[] NULL_RECORD = Records.NULL_RECORD;

    static {
        SharedObjects.register(Handle.class, (h, out) -> h.queue.writeParts(out), in -> new Handle(attach(in)));
    }

    private final RecordStore store;
    private final QueueLock producers;
    private final QueueLock consumers;
    private final EventWord notEmpty;
    private final EventWord notFull;
    private final boolean createdHere;

    private RecordQueue(RecordStore store, QueueLock producers, QueueLock consumers, EventWord notEmpty,
            EventWord notFull, boolean createdHere) {
        this.store = store;
        this.producers = producers;
        this.consumers = consumers;
        this.notEmpty = notEmpty;
        this.notFull = notFull;
        this.createdHere = createdHere;
        if (createdHere) {
            CreatedQueues.add(this);
        }
    }

    /**
     * A new, empty queue whose ring holds {@code ringBytes} (a power of two, at least 4 KiB) and
     * which holds at most {@code maxRecords} records (0: no bound).
     */
    public static RecordQueue create(int ringBytes, long maxRecords) {
        return new RecordQueue(RecordStore.create(ringBytes, maxRecords), QueueLock.create(), QueueLock.create(),
                EventWord.create(), EventWord.create(), true);
    }

    /**
     * Appends {@code payload} (null: a null element), waiting at most {@code timeout} (null: as long
     * as it takes) for room in a bounded queue. Returns false if there was no room in time or the
     * queue is {@linkplain #isShutDown shut down}, which a waiting producer notices at once.
     */
    public boolean offer(byte[] payload, Duration timeout) throws InterruptedException {
        Deadline deadline = Deadline.after(timeout);
        while (!isShutDown()) {
            if (isFull() && !QueueWaits.await(notFull, this::waitingForRoom, deadline)) {
                return false;
            }
            QueueWaits.acquire(producers);
            if (append(payload)) {
                return true;
            }
        }
        return false;
    }

    /** Appends {@code payload} unless a bounded queue is full or the queue shut down; returns whether it did. */
    public boolean offerNow(byte[] payload) {
        producers.acquire();
        return append(payload);
    }

    /** Appends while holding the producer lock, which it releases; false if the queue was full or shut down. */
    private boolean append(byte[] payload) {
        try {
            if (store.isShutDown() || store.isFull()) {
                return false;
            }
            store.append(payload);
        } finally {
            producers.release();
        }
        notEmpty.set();
        return true;
    }

    /**
     * Removes the oldest record, waiting at most {@code timeout} (null: as long as it takes); null
     * if none came in time or the queue is {@linkplain #isShutDown shut down} and empty,
     * {@link #NULL_RECORD} for a null element. A shut-down queue still gives what it holds.
     */
    public byte[] take(Duration timeout) throws InterruptedException {
        Deadline deadline = Deadline.after(timeout);
        while (true) {
            if (isEmpty() && !QueueWaits.spinWhile(this::waitingForRecords)
                    && !QueueWaits.await(notEmpty, this::waitingForRecords, deadline)) {
                return null;
            }
            QueueWaits.acquire(consumers);
            byte[] record = removeOldest();
            if (record != null || isShutDown()) {
                return record;
            }
        }
    }

    private boolean waitingForRecords() {
        return isEmpty() && !isShutDown();
    }

    private boolean waitingForRoom() {
        return isFull() && !isShutDown();
    }

    /** Removes the oldest record if there is one; null otherwise. */
    public byte[] takeNow() {
        consumers.acquire();
        return removeOldest();
    }

    /** Takes while holding the consumer lock, which it releases. */
    private byte[] removeOldest() {
        byte[] record;
        try {
            record = store.removeOldest();
        } finally {
            consumers.release();
        }
        if (record != null && store.maxRecords() > 0) {
            notFull.set();
        }
        return record;
    }

    /**
     * Waits at most {@code timeout} (null: as long as it takes) until a record is waiting or
     * {@link #wakeConsumers} is called; returns whether a record is waiting.
     */
    public boolean awaitRecord(Duration timeout) throws InterruptedException {
        if (!isEmpty() || QueueWaits.spinWhile(this::isEmpty)) {
            return true;
        }
        notEmpty.clear();
        if (isEmpty()) {
            notEmpty.await(Deadline.after(timeout));
        }
        return !isEmpty();
    }

    /** Whether no record is waiting; exact only while no one puts or takes. */
    public boolean isEmpty() {
        return store.isEmpty();
    }

    /** Whether a bounded queue holds its maximum; never for an unbounded one. */
    public boolean isFull() {
        return store.isFull();
    }

    /** The number of records waiting, approximately while others put or take. */
    public long size() {
        return store.size();
    }

    /** The bound on the number of records, 0 for none. */
    public long maxRecords() {
        return store.maxRecords();
    }

    /**
     * Python's {@code Queue.shutdown(immediate)}: from now on nothing can be appended, and takes
     * return what is left and then null at once; with {@code immediate}, what is left is removed
     * too. Every process waiting to append or take wakes. Returns the number of records removed.
     */
    public long shutDown(boolean immediate) {
        producers.acquire(); // an append under way completes first; none starts after the flag
        try {
            store.shutDown();
        } finally {
            producers.release();
        }
        long removed = 0;
        if (immediate) {
            consumers.acquire();
            try {
                while (store.removeOldest() != null) {
                    removed++;
                }
            } finally {
                consumers.release();
            }
        }
        notEmpty.set();
        notFull.set();
        return removed;
    }

    /** Whether {@link #shutDown} was called, in any process. */
    public boolean isShutDown() {
        return store.isShutDown();
    }

    /** Wakes every process waiting in {@link #take}, for instance to notice that a pipe closed. */
    public void wakeConsumers() {
        notEmpty.set();
    }

    /** Writes the handle; {@link #read} attaches to the same queue in another process. */
    public void write(WireOutput out) {
        SharedObjects.write(out, new Handle(this));
    }

    public static RecordQueue read(WireInput in) {
        return SharedObjects.read(in, Handle.class).queue;
    }

    private void writeParts(WireOutput out) {
        store.words.write(out);
        producers.write(out);
        consumers.write(out);
        notEmpty.words().write(out);
        notFull.words().write(out);
    }

    private static RecordQueue attach(WireInput in) {
        return new RecordQueue(RecordStore.attach(SharedWords.read(in)), QueueLock.read(in), QueueLock.read(in),
                new EventWord(SharedWords.read(in)), new EventWord(SharedWords.read(in)), false);
    }

    /**
     * Releases this process's use of the queue. In the process that created it, this also removes
     * the queue's files: every other process must be done with the queue by then.
     */
    @Override
    public void close() {
        if (createdHere && CreatedQueues.remove(this)) {
            store.names.deleteAll();
        }
        store.words.close();
        producers.close();
        consumers.close();
        notEmpty.words().close();
        notFull.words().close();
    }

    /** Removes the files of a queue this process created; at exit, for queues never closed. */
    void deleteFiles() {
        store.names.deleteAll();
    }

    /** The queue's handle as a shareable object, so it crosses through {@link SharedObjects}. */
    static final class Handle implements Attachable {
        final RecordQueue queue;

        Handle(RecordQueue queue) {
            this.queue = queue;
        }
    }
}
