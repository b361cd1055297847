package dev.jmp.backend;

import dev.jmp.spi.BackendProvider;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.WeakHashMap;

/**
 * Which backend runs a context's pools and processes: the built-in local one for {@code SPAWN}
 * and {@code WARM}, threads of this JVM for {@code THREAD}, and for {@code CLUSTER} the {@link BackendProvider} on the class path, found
 * through {@link ServiceLoader} with the thread's context class loader and kept for the JVM's
 * life (per class loader), since a provider holds its engine's connections. Without one, a
 * cluster context fails with {@code [jmp.cluster.no-backend]} naming the artifact to add.
 */
public final class Backends {

    /** The artifact that provides the cluster backend. */
    public static final String CLUSTER_ARTIFACT = "dev.jmp:jmp-cluster-hazelcast";

    private static final Map<ClassLoader, BackendProvider> CLUSTER = new WeakHashMap<>();

    private Backends() {}

    /** Local child JVMs. */
    public static BackendProvider local() {
        return LocalBackend.INSTANCE;
    }

    /** Threads of this JVM. */
    public static BackendProvider thread() {
        return ThreadBackend.INSTANCE;
    }

    /**
     * Retires every pool worker parked for reuse ({@code Context.withWorkerReuse}) and waits up
     * to {@code timeout} until they are gone; returns whether they were.
     */
    public static boolean releaseWorkers(Duration timeout) throws InterruptedException {
        return WorkerReservoir.releaseAll(timeout);
    }

    /** The cluster backend on the class path; throws a coded error when there is none. */
    public static BackendProvider cluster() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = Backends.class.getClassLoader();
        }
        synchronized (CLUSTER) {
            BackendProvider provider = CLUSTER.get(loader);
            if (provider == null) {
                provider = load(loader);
                CLUSTER.put(loader, provider);
            }
            return provider;
        }
    }

    private static BackendProvider load(ClassLoader loader) {
        try {
            Iterator<BackendProvider> providers = ServiceLoader.load(BackendProvider.class, loader).iterator();
            if (providers.hasNext()) {
                return providers.next();
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("[jmp.cluster.bad-backend] the cluster backend on the class path cannot be"
                    + " loaded: " + e.getMessage() + "; use the " + CLUSTER_ARTIFACT + " of the same version as"
                    + " jmp-runtime", e);
        }
        throw new IllegalStateException("[jmp.cluster.no-backend] the start method CLUSTER runs pools, processes and managers"
                + " through a cluster backend, and none is on the class path; add the dependency " + CLUSTER_ARTIFACT
                + " (the same version as jmp-runtime), or use StartMethod.SPAWN or WARM");
    }
}
