package dev.jmp.pool;

import dev.jmp.base.JmpLog;
import dev.jmp.base.ShutdownSequence;
import java.lang.System.Logger.Level;
import java.lang.ref.Cleaner;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What happens to a {@link Pool} or {@link ProcessPoolExecutor} that becomes unreachable while
 * still running, never closed, shut down or terminated: its workers are terminated and a
 * one-line {@code [jmp.pool.unclosed]} warning says where the pool was made and how to close it,
 * as Python warns with a {@code ResourceWarning}. Without this a long-running program that
 * forgets its pools leaks idle worker JVMs until it exits (at exit they go anyway, being daemons).
 *
 * <p>The action holds the {@link WorkerPool}, never the pool object it watches, or that object
 * would never become unreachable. A pool stays reachable while it has tasks pending, through the
 * results, futures and iterators of those tasks, so a pool forgotten with work in progress
 * finishes that work first, as Python's do.
 */
final class Unclosed implements Runnable {

    private static final Cleaner CLEANER = Cleaner.create(action -> {
        Thread thread = new Thread(action, "jmp-pool-cleaner");
        thread.setDaemon(true);
        return thread;
    });

    private final WorkerPool pool;
    private final String kind;
    private final String createdAt;
    private final String howToClose;

    private Unclosed(WorkerPool pool, String kind, String createdAt, String howToClose) {
        this.pool = pool;
        this.kind = kind;
        this.createdAt = createdAt;
        this.howToClose = howToClose;
    }

    /** Watches {@code owner}, the public face of {@code pool}, from its constructor. */
    static void watch(Object owner, WorkerPool pool, String howToClose) {
        String kind = owner.getClass().getSimpleName();
        CLEANER.register(owner, new Unclosed(pool, kind, creator(), howToClose));
    }

    /** The caller of the pool's constructor, to name the pool in the warning. */
    private static String creator() {
        List<String> own = List.of(Pool.class.getName(), ProcessPoolExecutor.class.getName(), Unclosed.class.getName());
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !own.contains(f.getClassName()))
                .findFirst()
                .map(f -> f.toStackTraceElement().toString())
                .orElse("an unknown place"));
    }

    @Override
    public void run() {
        if (!pool.state.isRunning()) {
            return; // shut down, terminated or broken: nothing left to do here
        }
        String pids = pool.backend.workers().stream().map(w -> Long.toString(w.pid())).collect(Collectors.joining(", "));
        if (ShutdownSequence.hasStarted()) {
            return; // the JVM is exiting and stops every worker itself
        }
        JmpLog.log(JmpLog.POOL, Level.WARNING, "[jmp.pool.unclosed] the " + kind + " created at " + createdAt
                + " was never closed and nothing refers to it any more; terminating its workers (pids " + pids + "). Close a pool"
                + " when you are done with it: " + howToClose);
        try {
            PoolStopping.terminate(pool);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
