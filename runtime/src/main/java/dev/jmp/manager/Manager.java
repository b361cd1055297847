package dev.jmp.manager;

import dev.jmp.Context;
import dev.jmp.StartMethod;
import dev.jmp.backend.Backends;
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

    /**
     * A manager whose objects a cluster holds: {@code context}'s start method must be
     * {@code CLUSTER}, and the cluster backend ({@code dev.jmp:jmp-cluster-hazelcast}) on the class
     * path, found as pools find it. Its proxies are the same types as a local manager's and go to
     * tasks on any member; objects created by name ({@code m.dict("scores")}) are found again by
     * name and outlive this program, the others are freed when it ends or closes the manager.
     * The cluster module's documentation says what the cluster guarantees.
     *
     * <pre>{@code
     * try (SyncManager m = Manager.cluster(Multiprocessing.getContext(StartMethod.CLUSTER))) {
     *     QueueProxy<String> jobs = m.queue();
     *     ...
     * }
     * }</pre>
     *
     * @throws IllegalArgumentException when {@code context} is not a cluster's ({@code [jmp.manager.not-cluster]})
     * @throws IllegalStateException when no cluster backend is on the class path ({@code [jmp.cluster.no-backend]})
     */
    public static SyncManager cluster(Context context) {
        if (context.startMethod() != StartMethod.CLUSTER) {
            throw new IllegalArgumentException("[jmp.manager.not-cluster] Manager.cluster needs a CLUSTER context, not "
                    + context.startMethod() + "; pass Multiprocessing.getContext(StartMethod.CLUSTER), or use"
                    + " Manager.start(context) for a local manager");
        }
        SyncManager manager = new SyncManager();
        manager.attach(Backends.cluster().manager(Proxies.api()));
        return manager;
    }

    /** Connects to a {@link SyncManager} another program started at {@code address} with {@code authkey}. */
    public static SyncManager connect(InetSocketAddress address, byte[] authkey) {
        return new SyncManager(address, authkey).connect();
    }
}
