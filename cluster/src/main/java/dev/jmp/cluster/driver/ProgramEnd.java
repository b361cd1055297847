package dev.jmp.cluster.driver;

import java.util.function.BooleanSupplier;

/**
 * Closes a driver's client (or any client of this JVM) once the program is done. Hazelcast's client runs threads its own
 * thread factories make non-daemon, so they alone would keep a driver JVM alive after the program's
 * last thread ended, where a program of local pools ends when its {@code main} returns. A daemon
 * thread looks five times a second whether a live non-daemon thread is left that is not
 * Hazelcast's; once none is, it closes the client, whose threads then end, and the JVM exits as it
 * would have, shutdown hooks included.
 */
public final class ProgramEnd {

    private static final long INTERVAL_MILLIS = 200;

    private ProgramEnd() {}

    /** Watches for the end of the program, then closes {@code client}. */
    static void closeWhenDone(ClusterClient client) {
        closeWhenDone(client::closed, client::close);
    }

    /**
     * Watches for the end of the program, then runs {@code close}, unless {@code closed} says it
     * ran already: the shared objects' client of a process that was handed a proxy (a task's JVM on
     * a member) must not keep it alive either.
     */
    public static void closeWhenDone(BooleanSupplier closed, Runnable close) {
        Thread watch = new Thread(() -> {
            try {
                while (!closed.getAsBoolean()) {
                    Thread.sleep(INTERVAL_MILLIS);
                    if (onlyEngineThreadsLeft()) {
                        close.run();
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "jmp-cluster-program-end");
        watch.setDaemon(true);
        watch.start();
    }

    /** Whether every live non-daemon thread is Hazelcast's, or the launcher's that waits for the end. */
    static boolean onlyEngineThreadsLeft() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int n = root.enumerate(threads, true);
        for (int i = 0; i < n; i++) {
            Thread t = threads[i];
            if (t.isAlive() && !t.isDaemon() && !t.getName().startsWith("hz.") && !t.getName().equals("DestroyJavaVM")) {
                return false;
            }
        }
        return true;
    }
}
