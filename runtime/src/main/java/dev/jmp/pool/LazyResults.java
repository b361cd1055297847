package dev.jmp.pool;

import dev.jmp.Task;
import dev.jmp.base.Deadline;
import dev.jmp.internal.task.ArgumentCapture;
import dev.jmp.internal.task.Tasks;
import dev.jmp.spi.Outcome;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The iterator behind {@code imap}, {@code imapUnordered} and the executor's {@code map}. It reads
 * its input on the consuming thread, a chunk at a time, keeping at most {@code window} chunks
 * submitted and not yet consumed: an endless input works, and a slow consumer holds back the
 * input rather than piling up results. Results come in input order, or as they finish.
 *
 * <p>An input that throws while it is read (its iterator, or the factory called on an item) ends
 * the results as Python's {@code imap} ends them: the chunk being read is dropped, the chunks
 * read before it deliver their results, and then {@code next()} throws that exception and the
 * iterator ends. The executor's {@code map} reads its whole input in the call, as Python's
 * submits every task there, so that call throws instead.
 */
final class LazyResults<T, R> implements ResultIterator<R> {

    /** A finished task: the task and its outcome or the reason it has none. */
    record Arrival<R>(Task<? extends R> task, Outcome outcome, RuntimeException lost) {}

    private final WorkerPool pool;
    private final Iterator<? extends T> input;
    private final Function<? super T, ? extends Task<? extends R>> function;
    private final int chunksize;
    private final long window;
    private final boolean ordered;
    private final Object lock = new Object();
    /** Ordered: chunks not yet consumed, oldest first. */
    private final ArrayDeque<ResultChunk<R>> chunks = new ArrayDeque<>();
    /** Unordered: finished tasks not yet consumed. */
    private final ArrayDeque<Arrival<R>> arrivals = new ArrayDeque<>();
    /** Tasks submitted and not yet consumed; guarded by lock. */
    private long outstanding;
    /** Results consumed so far, the index of the next one in input order; guarded by lock. */
    private long consumed;
    /** The whole map's time limit, or null for none; its deadline, one for every result, runs from the call. */
    private final Duration mapTimeout;
    private final Deadline mapDeadline;
    /** The map timed out: its tasks that had not started are skipped and the iterator has ended. */
    private volatile boolean closed;
    /** The pool, kept reachable while results are still to come, as Python's {@code IMapIterator} does. */
    private volatile Object owner;
    /** Whether an exception reading the input waits for the results read before it, or is thrown at once. */
    private final boolean deferInputFailure;
    /** What the input threw, to be thrown once the results before it are consumed; consuming thread only. */
    private RuntimeException inputFailure;
    /** The input threw: it is not read again, and the iterator ends after the failure; consuming thread only. */
    private boolean inputFailed;

    /**
     * {@code window}: most tasks submitted and not yet consumed (at least one chunk);
     * {@code mapTimeout}: how long after this call every result must be ready, or null;
     * {@code deferInputFailure}: whether an exception of the input reaches the consumer after the
     * results read before it ({@code imap}), or is thrown at once ({@code map}, which reads it all here).
     */
    LazyResults(WorkerPool pool, Object owner, Iterator<? extends T> input,
                Function<? super T, ? extends Task<? extends R>> function, int chunksize, long window, boolean ordered,
                Duration mapTimeout, boolean deferInputFailure) {
        Deadline mapDeadline = Deadline.after(mapTimeout); // Python measures the timeout from the call to map
        if (chunksize < 1) {
            throw new IllegalArgumentException("[jmp.pool.chunksize] chunksize is " + chunksize + "; it must be at least 1");
        }
        if (mapTimeout != null && mapTimeout.isNegative()) {
            throw new IllegalArgumentException("[jmp.pool.timeout] the timeout is " + mapTimeout
                    + "; pass a positive duration, or null to wait as long as it takes");
        }
        this.pool = pool;
        this.owner = owner;
        this.input = input;
        this.function = function;
        this.chunksize = chunksize;
        this.window = window;
        this.ordered = ordered;
        this.mapTimeout = mapTimeout;
        this.deferInputFailure = deferInputFailure;
        this.mapDeadline = mapDeadline;
        topUp();
    }

    /** Submits chunks from the input, on this thread, while the window has room. */
    private void topUp() {
        while (!inputFailed && room()) {
            List<Task<? extends R>> tasks = readChunk();
            if (tasks.isEmpty()) {
                return;
            }
            int n = tasks.size();
            ResultChunk<R> chunk = new ResultChunk<>(tasks, this);
            synchronized (lock) {
                outstanding += n;
                if (ordered) {
                    chunks.add(chunk);
                }
            }
            List<Job<?>> jobs = new ArrayList<>(1);
            for (int from = 0, to; from < n; from = to) {
                to = Mapping.runEnd(tasks, from, n);
                jobs.add(new Job<>(tasks, from, to, chunk, false));
            }
            pool.submit(jobs);
        }
    }

    /** The next chunk's tasks; empty at the end of the input, or when it threw (kept for later). */
    private List<Task<? extends R>> readChunk() {
        List<Task<? extends R>> tasks = new ArrayList<>(chunksize);
        // A chunk's factory calls write into one buffer, as a map's do (Mapping.map).
        try (ArgumentCapture capture = pool.backend.runsChunks() ? ArgumentCapture.open(chunksize) : null) {
            while (tasks.size() < chunksize && input.hasNext()) {
                T item = input.next();
                if (capture != null) {
                    capture.arm(tasks.size());
                    tasks.add(capture.settle(function.apply(item)));
                } else {
                    tasks.add(function.apply(item));
                }
            }
            return tasks;
        } catch (RuntimeException e) {
            if (!deferInputFailure) {
                throw e;
            }
            inputFailed = true;
            inputFailure = e;
            return List.of(); // the chunk it interrupted is dropped, as Python drops it
        }
    }

    private boolean room() {
        synchronized (lock) {
            return outstanding == 0 || outstanding + chunksize <= window;
        }
    }

    /** Called on a reader thread when a task of {@code chunk} finished. */
    void arrived(Arrival<R> arrival) {
        synchronized (lock) {
            if (!ordered) {
                arrivals.add(arrival);
            }
            lock.notifyAll();
        }
    }

    Object lock() {
        return lock;
    }

    /** Whether the chunks not yet started should be skipped: the map timed out. */
    boolean abandoned() {
        return closed;
    }

    /** Whether the map may time out, and its chunks not yet started be skipped. */
    boolean mayBeAbandoned() {
        return mapTimeout != null;
    }

    @Override
    public boolean hasNext() {
        if (closed) {
            return false;
        }
        topUp();
        synchronized (lock) {
            if (outstanding > 0) {
                return true;
            }
        }
        if (inputFailure != null) {
            return true;
        }
        owner = null; // every result was returned: the pool may go once nothing else holds it
        return false;
    }

    @Override
    public R next() {
        try {
            return next(null);
        } catch (TimeoutException e) {
            throw new AssertionError(e); // without a timeout there is none
        }
    }

    @Override
    public R next(Duration timeout) throws TimeoutException {
        if (!hasNext()) {
            throw new NoSuchElementException(closed ? "[jmp.pool.no-more-results] the map timed out, so its"
                    + " remaining results were cancelled; catch the MapTimeoutException next() threw"
                    : "[jmp.pool.no-more-results] every result was already returned");
        }
        throwInputFailureWhenDue();
        Arrival<R> arrival = take(timeout);
        topUp();
        if (arrival.lost() != null) {
            throw new TaskFailedException(arrival.task().description(), arrival.lost());
        }
        if (arrival.outcome().failed()) {
            throw new TaskFailedException(arrival.task().description(),
                    RemoteThrowables.rebuild(arrival.task(), arrival.outcome()));
        }
        return Tasks.decode(arrival.task(), arrival.outcome().payload());
    }

    /** Throws what the input threw once every result read before it was consumed; the iterator then ends. */
    private void throwInputFailureWhenDue() {
        if (inputFailure == null) {
            return;
        }
        synchronized (lock) {
            if (outstanding > 0) {
                return;
            }
        }
        RuntimeException failure = inputFailure;
        inputFailure = null;
        owner = null;
        throw failure;
    }

    /** The next result, waiting until the earlier of the map's deadline and {@code timeout} from now. */
    private Arrival<R> take(Duration timeout) throws TimeoutException {
        Deadline call = Deadline.after(timeout);
        boolean mapFirst = !mapDeadline.isNone()
                && (call.isNone() || mapDeadline.remainingNanos() <= call.remainingNanos());
        Deadline until = mapFirst ? mapDeadline : call;
        synchronized (lock) {
            Arrival<R> next;
            // A result that is ready is returned even past the deadline, as Python's map does.
            while ((next = ordered ? chunks.peek().poll() : arrivals.poll()) == null) {
                try {
                    if (!until.waitOn(lock)) {
                        if (mapFirst) {
                            throw timedOut();
                        }
                        throw new TimeoutException("[jmp.pool.timeout] no result within " + timeout
                                + "; the tasks go on running, so call next() again later");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("[jmp.pool.interrupted] interrupted while waiting for a result");
                }
            }
            outstanding--;
            consumed++;
            if (ordered && chunks.peek().consumed()) {
                chunks.poll();
            }
            return next;
        }
    }

    /**
     * Under lock: the map's time is up. Its tasks that have not started are skipped, as Python's
     * map cancels its futures; the ones running finish, unobserved; the iterator ends.
     */
    private MapTimeoutException timedOut() {
        closed = true;
        owner = null;
        String task = ordered ? " (" + chunks.peek().nextDescription() + ")" : "";
        return new MapTimeoutException("[jmp.pool.map-timeout] result " + consumed + task + " of the map was not"
                + " ready within " + mapTimeout + " of the call to map; the map's tasks that had not started were"
                + " cancelled and its iterator has ended; pass a longer timeout, or null for none", consumed, mapTimeout);
    }
}
