package dev.jmp.pool;

import dev.jmp.base.JmpLog;
import java.lang.System.Logger.Level;

/**
 * Runs user callbacks on a worker's reader thread, as Python runs them on its result-handler
 * thread: they should return quickly. One that throws is reported and does not stop the pool.
 */
final class Callbacks {

    private Callbacks() {}

    static void run(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException | Error e) {
            JmpLog.log(JmpLog.POOL, Level.ERROR, "[jmp.pool.callback-failed] a callback threw " + e
                    + "; callbacks run on the pool's reader threads and should not throw", e);
        }
    }
}
