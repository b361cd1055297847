package dev.jmp.manager;

import dev.jmp.Context;
import java.net.InetSocketAddress;

/**
 * Python's {@code multiprocessing.Manager()}: a started {@link SyncManager}.
 *
 * <pre>{@code
 * try (SyncManager manager = Manager.start()) {
 *     ListProxy<String> shared = manager.list();
 *     ...
 * }
 * }</pre>
 */
public final class Manager {

    private Manager() {}

    /** Starts a local manager; close it (or leave it to exit) to shut its server down. */
    public static SyncManager start() {
        return new SyncManager().start();
    }

    /**
     * Starts a local manager whose server JVM {@code context} starts, with its JVM options and
     * heap; Python's {@code ctx.Manager()}.
     */
    public static SyncManager start(Context context) {
        return new SyncManager().context(context).start();
    }

    /** Connects to a {@link SyncManager} another program started at {@code address} with {@code authkey}. */
    public static SyncManager connect(InetSocketAddress address, byte[] authkey) {
        return new SyncManager(address, authkey).connect();
    }
}
