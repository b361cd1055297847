package dev.jmp.cluster;

import dev.jmp.manager.SyncManager;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A cluster manager for one test class ({@link ClusterManagers}: three members in the test's
 * JVM), started before its first test and stopped, with its members, after its last:
 * {@code @RegisterExtension static final ClusterManagerExtension cluster = new ClusterManagerExtension();}
 */
public final class ClusterManagerExtension implements BeforeAllCallback, AfterAllCallback {

    private final Runnable first;
    private SyncManager manager;

    /** A cluster started as it is. */
    public ClusterManagerExtension() {
        this(() -> { });
    }

    /**
     * A cluster started after {@code first} ran: an assumption that skips the class without starting
     * one, or the system properties its members read.
     */
    public ClusterManagerExtension(Runnable first) {
        this.first = first;
    }

    /** The manager of the running cluster. */
    public SyncManager manager() {
        if (manager == null) {
            throw new IllegalStateException("the cluster manager is used outside the tests of its class");
        }
        return manager;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        first.run();
        manager = ClusterManagers.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            ClusterManagers.stop(manager);
        } finally {
            manager = null;
        }
    }
}
