package dev.jmp.launch.child;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A cold pool worker's warm-up ({@link ChildWarmUp}), on a thread of its own that runs a round
 * only when the worker has had nothing to do for {@value #QUIET_MILLIS} ms: a pool that keeps its
 * worker busy never meets it, and a batch that arrives during a round runs at once beside it, the
 * round (a few milliseconds at most) finishing on its own. The worker loop says when it is
 * {@link #busy()} and {@link #idle()}.
 */
final class IdleWarmUp implements Runnable {

    /** How long a worker must have been idle before a round starts. */
    static final long QUIET_MILLIS = 50;

    private static final IdleWarmUp NONE = new IdleWarmUp(null);

    private final HotPaths paths;
    private volatile boolean busy;
    private volatile long idleSince = System.nanoTime();

    private IdleWarmUp(HotPaths paths) {
        this.paths = paths;
    }

    /**
     * Starts the warm-up of a worker whose objects go in {@code privateDirectory}; one that does
     * nothing when the warm-up is off or this JVM, a spare, has warmed up already.
     */
    static IdleWarmUp start(Path privateDirectory) {
        if (!ChildWarmUp.enabled() || ChildWarmUp.finished()) {
            return NONE;
        }
        IdleWarmUp warmUp = new IdleWarmUp(new HotPaths(privateDirectory));
        Thread thread = new Thread(warmUp, "jmp-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return warmUp;
    }

    /** A batch arrived: no new round starts until the worker is idle again. */
    void busy() {
        busy = true;
    }

    /** The worker sent its results and waits for the next batch. */
    void idle() {
        idleSince = System.nanoTime();
        busy = false;
    }

    @Override
    public void run() {
        for (int size = ChildWarmUp.FIRST_ROUND; !ChildWarmUp.finished(); size = ChildWarmUp.next(size)) {
            try {
                awaitQuiet();
            } catch (InterruptedException e) {
                return;
            }
            if (!ChildWarmUp.round(paths, size)) {
                return;
            }
        }
    }

    private void awaitQuiet() throws InterruptedException {
        while (true) {
            long quietFor = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - idleSince);
            if (!busy && quietFor >= QUIET_MILLIS) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(busy ? QUIET_MILLIS : QUIET_MILLIS - quietFor);
        }
    }
}
