package dev.jmp.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import dev.jmp.cluster.driver.ClusterClient;
import dev.jmp.cluster.driver.ProgramEnd;
import dev.jmp.cluster.driver.RemoteProcess;
import dev.jmp.cluster.driver.RemoteWorkers;
import dev.jmp.cluster.objects.ObjectSpaces;
import dev.jmp.cluster.setup.ClusterSettings;
import dev.jmp.cluster.setup.HazelcastConfigs;
import dev.jmp.internal.TaskCall;
import dev.jmp.manager.core.ApiTypes;
import dev.jmp.manager.core.ManagerBackend;
import dev.jmp.spi.BackendProvider;
import dev.jmp.spi.LaunchOptions;
import dev.jmp.spi.RunningProcess;
import dev.jmp.spi.WorkerBackend;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The backend of {@code StartMethod.CLUSTER}, found by {@code ServiceLoader} when this module is on
 * the class path: pools and processes run on the members of a Hazelcast cluster, which this JVM
 * joins as a client on first use, with the {@code jmp.cluster.*} system properties of that moment
 * ({@link ClusterSettings}). Programs never name it; they choose the cluster by context:
 *
 * <pre>{@code
 * Context cluster = Multiprocessing.getContext(StartMethod.CLUSTER);
 * try (Pool pool = new Pool(8, null, 0, cluster)) {
 *     System.out.println(pool.map(MathsTasks::square, numbers));
 * }
 * }</pre>
 *
 * <p>It also holds the objects of {@code Manager.cluster(context)} ({@code objects.ClusterObjects}),
 * through the same client, and reads their handles in any JVM that is handed one.
 */
public final class HazelcastBackend implements BackendProvider {

    // Held, so that the level stays: the JDK's logging keeps loggers weakly.
    private static final Logger HAZELCAST_LOG = Logger.getLogger("com.hazelcast");

    private ClusterClient client;

    /** Made by {@code ServiceLoader}; connects on first use. */
    public HazelcastBackend() {}

    @Override
    public WorkerBackend workers(LaunchOptions options, Optional<TaskCall> initializer, boolean daemon) {
        return new RemoteWorkers(client(), options, initializer, daemon);
    }

    @Override
    public RunningProcess start(String name, boolean daemon, TaskCall task, LaunchOptions options) {
        return RemoteProcess.start(client(), name, daemon, task, options);
    }

    @Override
    public ManagerBackend manager(ApiTypes api) {
        readHandles(api);
        ClusterClient c = client();
        return ObjectSpaces.manager(c.hazelcast(), c.settings().name(), c.settings().members());
    }

    @Override
    public void readHandles(ApiTypes api) {
        ObjectSpaces.install(api, (name, addresses) -> {
            HazelcastInstance objects = HazelcastClient.newHazelcastClient(HazelcastConfigs.objectsClient(name,
                    addresses));
            // its threads are not daemons: the process ends when its program does, as without it
            ProgramEnd.closeWhenDone(() -> !objects.getLifecycleService().isRunning(), objects::shutdown);
            return objects;
        });
    }

    private synchronized ClusterClient client() {
        if (client == null) {
            if (System.getProperty("hazelcast.logging.type") == null) {
                HAZELCAST_LOG.setLevel(Level.WARNING); // the program's output is the program's
            }
            client = ClusterClient.connect(ClusterSettings.fromSystemProperties());
        }
        return client;
    }
}
