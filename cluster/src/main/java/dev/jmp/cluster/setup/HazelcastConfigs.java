package dev.jmp.cluster.setup;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.ClassFilter;
import com.hazelcast.config.Config;
import com.hazelcast.config.ExecutorConfig;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.ListenerConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.config.SerializationConfig;
import com.hazelcast.config.cp.SemaphoreConfig;
import dev.jmp.cluster.objects.ObjectIds;
import dev.jmp.cluster.wire.MemberEndpoint;
import dev.jmp.cluster.wire.WireIds;
import java.util.EventListener;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How jmp configures Hazelcast, for members and for the drivers' clients: the settings' cluster,
 * members and interface; a member binds to the loopback unless an interface is given, and finds
 * the others by their addresses only (no multicast, no cloud discovery, no phone-home); a member
 * that dies is noticed within about a second; jmp's serialization factory is registered, and
 * Hazelcast's Java deserialization is limited to an allow-list of its own and the JDK's
 * {@code java.*} classes, so nothing of the application or of other libraries is ever
 * deserialized from the network.
 */
public final class HazelcastConfigs {

    /** The executor that runs commands, each briefly. */
    public static final String COMMANDS = "jmp";
    /** The executor that runs polls, each waiting up to a second for events. */
    public static final String POLLS = "jmp-poll";
    /** A member attribute: how many worker JVMs it offers. */
    public static final String WORKERS_ATTRIBUTE = "jmp.workers";
    /** A member attribute: its {@link ClassPathDigest}, encoded. */
    public static final String DIGEST_ATTRIBUTE = "jmp.digest";

    private static final int PORT_COUNT = 20;
    /*
     * A write whose primary dies after answering but before its backup got it would otherwise
     * succeed and be lost with the primary; with these, its caller is told the outcome is in doubt
     * (IndeterminateOperationStateException), and jmp's shared objects send it again, once in
     * effect (objects.Redo).
     */
    private static final String INDETERMINATE_ON_MEMBERS = "hazelcast.operation.fail.on.indeterminate.state";
    private static final String INDETERMINATE_ON_CLIENTS = "hazelcast.client.operation.fail.on.indeterminate.state";
    /*
     * How long a write waits for its backup's acknowledgement before it is in doubt: a primary's
     * death is seen sooner, through membership; this only bounds a backup that is slow or died,
     * and is long enough that a loaded machine's slow acknowledgement is not taken for a loss.
     */
    private static final String BACKUP_TIMEOUT_MILLIS = "20000";
    /** The CP subsystem's semaphores of jmp, which must hand out permits that belong to no one. */
    static final String CP_SEMAPHORES = "jmp.semaphore.*";

    // Held, so that the level stays: the JDK's logging keeps loggers weakly.
    private static final Logger HAZELCAST_LOG = Logger.getLogger("com.hazelcast");

    private HazelcastConfigs() {}

    /**
     * Lets Hazelcast's own log through from {@code level} up, unless the program chose its logging
     * ({@code hazelcast.logging.type}): jmp says in its own coded messages what a user needs to
     * know (a member that died, a cluster that cannot be reached), and Hazelcast's reconnection
     * attempts would bury them.
     */
    public static void quietLogging(Level level) {
        if (System.getProperty("hazelcast.logging.type") == null) {
            HAZELCAST_LOG.setLevel(level);
        }
    }

    /** A member's configuration; {@code endpoint} answers drivers and {@code listeners} follow clients and lifecycle. */
    public static Config member(ClusterSettings settings, MemberEndpoint endpoint, ClassPathDigest digest,
                                List<EventListener> listeners) {
        Config c = new Config();
        c.setClusterName(settings.name());
        c.setProperty("hazelcast.phone.home.enabled", "false");
        // A member killed outright is noticed through its closed connections within a few hundred
        // milliseconds; one that hangs, through heartbeats within five seconds.
        c.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        c.setProperty("hazelcast.max.no.heartbeat.seconds", "5");
        c.setProperty("hazelcast.wait.seconds.before.join", "1");
        c.setProperty("hazelcast.socket.bind.any", "false");
        c.setProperty(INDETERMINATE_ON_MEMBERS, "true");
        c.setProperty("hazelcast.operation.backup.timeout.millis", BACKUP_TIMEOUT_MILLIS);
        // Python's permits belong to no one: any caller releases, above the initial value too.
        // Used only where the cluster has the CP subsystem; configured either way.
        c.getCPSubsystemConfig().addSemaphoreConfig(new SemaphoreConfig(CP_SEMAPHORES).setJDKCompatible(true));
        NetworkConfig network = c.getNetworkConfig();
        network.setPort(settings.port().orElse(ClusterSettings.DEFAULT_PORT));
        network.setPortAutoIncrement(settings.port().isEmpty());
        network.setPortCount(PORT_COUNT);
        network.getInterfaces().setEnabled(true).addInterface(settings.bindAddress());
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(settings.members());
        c.addExecutorConfig(new ExecutorConfig(COMMANDS).setPoolSize(16));
        c.addExecutorConfig(new ExecutorConfig(POLLS).setPoolSize(64));
        serialization(c.getSerializationConfig());
        c.getMemberAttributeConfig().setAttribute(WORKERS_ATTRIBUTE, Integer.toString(settings.workers()));
        c.getMemberAttributeConfig().setAttribute(DIGEST_ATTRIBUTE, digest.encode());
        ConcurrentMap<String, Object> context = new ConcurrentHashMap<>();
        context.put(MemberEndpoint.KEY, endpoint);
        c.setUserContext(context);
        for (EventListener listener : listeners) {
            c.addListenerConfig(new ListenerConfig(listener));
        }
        return c;
    }

    /** A driver's client configuration: it holds no data, and jmp's shutdown sequence closes it. */
    public static ClientConfig client(ClusterSettings settings) {
        ClientConfig c = new ClientConfig();
        c.setClusterName(settings.name());
        c.getNetworkConfig().setAddresses(settings.members());
        c.getConnectionStrategyConfig().getConnectionRetryConfig()
                .setClusterConnectTimeoutMillis(settings.connectTimeout().toMillis())
                .setInitialBackoffMillis(100)
                .setMaxBackoffMillis(1000);
        c.setProperty("hazelcast.client.heartbeat.interval", "1000");
        c.setProperty("hazelcast.client.heartbeat.timeout", "5000");
        c.setProperty("hazelcast.shutdownhook.enabled", "false");
        c.setProperty(INDETERMINATE_ON_CLIENTS, "true");
        c.setProperty("hazelcast.client.operation.backup.timeout.millis", BACKUP_TIMEOUT_MILLIS);
        serialization(c.getSerializationConfig());
        return c;
    }

    /**
     * The client of a process that was handed a proxy of a cluster's object (a task's argument on a
     * member's worker JVM): it joins cluster {@code name} at {@code addresses}, holds no data, and
     * is closed by jmp's shutdown sequence.
     */
    public static ClientConfig objectsClient(String name, List<String> addresses) {
        ClientConfig c = new ClientConfig();
        c.setClusterName(name);
        c.getNetworkConfig().setAddresses(addresses);
        c.setProperty("hazelcast.client.heartbeat.interval", "1000");
        c.setProperty("hazelcast.client.heartbeat.timeout", "5000");
        c.setProperty("hazelcast.shutdownhook.enabled", "false");
        c.setProperty(INDETERMINATE_ON_CLIENTS, "true");
        c.setProperty("hazelcast.client.operation.backup.timeout.millis", BACKUP_TIMEOUT_MILLIS);
        serialization(c.getSerializationConfig());
        return c;
    }

    private static void serialization(SerializationConfig s) {
        s.addDataSerializableFactory(WireIds.FACTORY_ID, new WireIds());
        s.addDataSerializableFactory(ObjectIds.FACTORY_ID, new ObjectIds());
        JavaSerializationFilterConfig filter = new JavaSerializationFilterConfig();
        filter.setDefaultsDisabled(true);
        filter.setWhitelist(new ClassFilter().addPrefixes("com.hazelcast.", "java.", "["));
        s.setJavaSerializationFilterConfig(filter);
    }
}
