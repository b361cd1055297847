package dev.jmp.manager;

import dev.jmp.manager.core.JoinableQueueMethods;
import dev.jmp.manager.core.ProxyCore;
import java.time.Duration;

/**
 * A queue whose consumers say when each item is done, Python's {@code JoinableQueue}: every item
 * put counts as unfinished until a {@link #taskDone()}, and {@link #join()} waits until none is.
 *
 * <pre>{@code
 * JoinableQueueProxy<String> work = manager.joinableQueue();
 * // in each worker:  String job = work.take(); handle(job); work.taskDone();
 * work.join();   // every job handled
 * }</pre>
 */
public final class JoinableQueueProxy<E> extends QueueProxy<E> {

    static {
        Proxies.shareable(JoinableQueueProxy.class);
    }

    JoinableQueueProxy(ProxyCore core) {
        super(core);
    }

    /**
     * Marks one item taken from the queue as done; Python's {@code task_done()}.
     *
     * @throws IllegalStateException when called more times than items were put
     */
    public void taskDone() {
        core.call(JoinableQueueMethods.TASK_DONE);
    }

    /** Waits until every item put has been marked done. */
    public void join() throws InterruptedException {
        join(null);
    }

    /** Waits at most {@code timeout} (null: no limit); returns whether every item is done. */
    public boolean join(Duration timeout) throws InterruptedException {
        return core.callInterruptibly(JoinableQueueMethods.JOIN, Timeouts.nanos(timeout));
    }
}
