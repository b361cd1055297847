package dev.jmp.pool;

import dev.jmp.base.Deadline;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code invokeAll} and {@code invokeAny} of {@link ProcessPoolExecutor}. Every callable is
 * checked before any is submitted, so a collection with one {@code Callable} that cannot cross runs nothing.
 */
final class Invocations {

    private Invocations() {}

    private static <T> List<CompletableFuture<T>> submitAll(ProcessPoolExecutor executor,
                                                            Collection<? extends Callable<T>> tasks) {
        List<dev.jmp.Task<T>> checked = new ArrayList<>(tasks.size());
        for (Callable<T> c : tasks) {
            checked.add(TaskCallable.task(c));
        }
        List<CompletableFuture<T>> futures = new ArrayList<>(checked.size());
        for (dev.jmp.Task<T> task : checked) {
            futures.add(executor.submit(task));
        }
        return futures;
    }

    /**
     * Waits for all, until {@code deadline} at most; unfinished ones are cancelled, running ones
     * by killing their workers, so that every future returned is done.
     */
    static <T> List<Future<T>> all(ProcessPoolExecutor executor, Collection<? extends Callable<T>> tasks,
                                   Deadline deadline) throws InterruptedException {
        List<CompletableFuture<T>> futures = submitAll(executor, tasks);
        for (CompletableFuture<T> f : futures) {
            try {
                if (deadline.isNone()) {
                    f.get();
                } else {
                    f.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
                }
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                // the future holds it
            } catch (TimeoutException e) {
                futures.forEach(u -> u.cancel(true)); // as ExecutorService says: running ones are stopped
                break;
            }
        }
        return new ArrayList<>(futures);
    }

    /** The first successful result; the rest are cancelled, running ones by killing their workers. */
    static <T> T any(ProcessPoolExecutor executor, Collection<? extends Callable<T>> tasks, Deadline deadline)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("[jmp.pool.no-tasks] invokeAny needs at least one task");
        }
        List<CompletableFuture<T>> futures = submitAll(executor, tasks);
        LinkedBlockingQueue<CompletableFuture<T>> finished = new LinkedBlockingQueue<>();
        futures.forEach(f -> f.whenComplete((v, e) -> finished.add(f)));
        ExecutionException last = null;
        try {
            for (int i = 0; i < futures.size(); i++) {
                CompletableFuture<T> f = deadline.isNone() ? finished.take()
                        : finished.poll(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
                if (f == null) {
                    throw new TimeoutException("[jmp.pool.timeout] no task succeeded in time");
                }
                try {
                    return f.get();
                } catch (ExecutionException e) {
                    last = e;
                } catch (java.util.concurrent.CancellationException e) {
                    last = new ExecutionException(e);
                }
            }
            throw last;
        } finally {
            futures.forEach(f -> f.cancel(true)); // as ExecutorService says: running ones are stopped
        }
    }
}
