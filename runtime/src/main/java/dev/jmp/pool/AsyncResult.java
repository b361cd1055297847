package dev.jmp.pool;

import dev.jmp.base.Deadline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The result of {@link Pool#applyAsync} or {@link Pool#mapAsync}, ready once the task (every
 * task, for a map) has finished; Python's {@code AsyncResult}.
 *
 * <pre>{@code
 * AsyncResult<Integer> r = pool.applyAsync(MathsTasks.square(7));
 * r.await();
 * if (r.isSuccessful()) System.out.println(r.get());   // 49
 * }</pre>
 *
 * <p>As in Python, the result is ready once the task has finished and its callback, or error
 * callback, has returned: code after {@link #get()} or {@link #await()} sees what the callback
 * did. Inside its own callback the result counts as ready, so that the callback may call
 * {@code get()}. A failed task makes {@link #get()} throw an {@link ExecutionException} whose cause is what
 * the task threw, with the worker's stack trace, or a {@link WorkerDiedException}. A pool
 * terminated before the task finished makes it throw a {@link CancellationException}. Values are
 * decoded on first {@code get}, on the calling thread. Safe to use from any thread.
 */
public final class AsyncResult<R> {

    private final Object lock = new Object();
    private final Consumer<? super R> callback;
    private final Consumer<? super Throwable> errorCallback;
    /** The outcome is known; guarded by lock. */
    private boolean settled;
    /** The outcome is known and the callback has returned: the result is ready. */
    private volatile boolean done;
    /** The thread running the callback, to which the result is ready already; guarded by lock. */
    private Thread inCallback;
    private int waiting;
    private Supplier<? extends R> undecoded;
    private R value;
    private Throwable failure;
    private String failedTask;
    private List<Runnable> whenDone;
    /**
     * The pool, kept reachable until the result is ready, as Python's {@code ApplyResult} does:
     * a pool forgotten with tasks pending finishes them before it is cleaned up.
     */
    private volatile Object owner;

    AsyncResult(Consumer<? super R> callback, Consumer<? super Throwable> errorCallback, Object owner) {
        this.callback = callback;
        this.errorCallback = errorCallback;
        this.owner = owner;
    }

    /** Waits for the result and returns it. */
    public R get() throws InterruptedException, ExecutionException {
        await();
        return resolve();
    }

    /** Waits at most {@code timeout} for the result; Python's {@code get(timeout)}. */
    public R get(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        if (!await(timeout)) {
            throw new TimeoutException("[jmp.pool.timeout] the result was not ready within " + timeout
                    + "; the task goes on running, so get() it again later");
        }
        return resolve();
    }

    /** Waits until the result is ready; Python's {@code wait()}. */
    public void await() throws InterruptedException {
        await(null);
    }

    /** Waits at most {@code timeout}; returns whether the result is ready. */
    public boolean await(Duration timeout) throws InterruptedException {
        // No spinning before parking: on two cores a spinning caller slows the worker it waits for.
        if (done) {
            return true;
        }
        Deadline deadline = Deadline.after(timeout);
        synchronized (lock) {
            waiting++;
            try {
                while (!done && inCallback != Thread.currentThread()) {
                    if (!deadline.waitOn(lock)) {
                        return false;
                    }
                }
            } finally {
                waiting--;
            }
        }
        return true;
    }

    /** Whether the task has finished, successfully or not, and its callback has returned. */
    public boolean isReady() {
        if (done) {
            return true;
        }
        synchronized (lock) {
            return inCallback == Thread.currentThread();
        }
    }

    /** Whether the task finished without an exception; only once it is ready. */
    public boolean isSuccessful() {
        if (!isReady()) {
            throw new IllegalStateException("[jmp.pool.not-ready] the result is not ready; await() it first");
        }
        try {
            resolve();
            return true;
        } catch (ExecutionException | CancellationException e) {
            return false;
        }
    }

    /**
     * A {@link CompletableFuture} completed with the same value or exception. Completing or
     * cancelling it does not affect this result or the task.
     */
    public CompletableFuture<R> toCompletableFuture() {
        CompletableFuture<R> view = new CompletableFuture<>();
        whenDone(() -> {
            try {
                view.complete(resolve());
            } catch (ExecutionException e) {
                view.completeExceptionally(e.getCause());
            } catch (RuntimeException e) {
                view.completeExceptionally(e);
            }
        });
        return view;
    }

    /** Succeeds with a value decoded on first use. */
    void succeed(Supplier<? extends R> decoder) {
        settle(decoder, null, null);
    }

    /** Fails with {@code cause}, the exception of {@code task} (or a cancellation). */
    void fail(Throwable cause, String task) {
        settle(null, cause, task);
    }

    /**
     * Records the outcome, runs the callback, and only then makes the result ready and wakes the
     * waiters, as Python's {@code ApplyResult._set} does.
     */
    private void settle(Supplier<? extends R> decoder, Throwable cause, String task) {
        synchronized (lock) {
            if (settled) {
                return;
            }
            settled = true;
            undecoded = decoder;
            failure = cause;
            failedTask = task;
            inCallback = Thread.currentThread();
        }
        List<Runnable> listeners;
        try {
            if (cause == null && callback != null) {
                Callbacks.run(() -> callback.accept(resolveQuietly()));
            } else if (cause != null && errorCallback != null && !(cause instanceof CancellationException)) {
                Callbacks.run(() -> errorCallback.accept(cause));
            }
        } finally {
            synchronized (lock) {
                inCallback = null;
                listeners = whenDone;
                whenDone = null;
                done = true;
                owner = null;
                if (waiting > 0) {
                    lock.notifyAll();
                }
            }
        }
        if (listeners != null) {
            listeners.forEach(Callbacks::run);
        }
    }

    private void whenDone(Runnable action) {
        synchronized (lock) {
            if (!done) {
                if (whenDone == null) {
                    whenDone = new ArrayList<>(1);
                }
                whenDone.add(action);
                return;
            }
        }
        action.run();
    }

    private R resolve() throws ExecutionException {
        synchronized (lock) {
            if (undecoded != null) {
                try {
                    value = undecoded.get();
                } catch (RuntimeException e) {
                    failure = e; // the bytes did not decode: worker and parent disagree on the task
                    failedTask = "decoding a result";
                }
                undecoded = null;
            }
            if (failure instanceof CancellationException c) {
                throw new CancellationException(c.getMessage());
            }
            if (failure != null) {
                throw new ExecutionException(failure);
            }
            return value;
        }
    }

    private R resolveQuietly() {
        try {
            return resolve();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For the blocking verbs: the value, or a {@link TaskFailedException} with the task's cause. */
    R join() throws InterruptedException {
        await();
        try {
            return resolve();
        } catch (ExecutionException e) {
            String task;
            synchronized (lock) {
                task = failedTask;
            }
            throw new TaskFailedException(task, e.getCause());
        }
    }
}
