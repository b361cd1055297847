package dev.jmp.manager.wire;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Bounds blocking socket operations, which have no timeout of their own: the socket is closed
 * when the time is up, and the blocked read or write fails. Used for handshakes (a peer that
 * connects and says nothing must not hold a thread forever) and for shutting a manager down.
 */
public final class ChannelTimeouts {

    private static final ScheduledThreadPoolExecutor TIMER = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "jmp-manager-timeouts");
        t.setDaemon(true);
        return t;
    });

    static {
        TIMER.setRemoveOnCancelPolicy(true);
    }

    private ChannelTimeouts() {}

    /** Closes {@code resource} after {@code limit} unless the returned future is cancelled first. */
    public static Future<?> closeAfter(Duration limit, Closeable resource) {
        return TIMER.schedule(() -> {
            try {
                resource.close();
            } catch (IOException e) {
                // closing to unblock a reader; nothing more to do
            }
        }, limit.toNanos(), TimeUnit.NANOSECONDS);
    }
}
