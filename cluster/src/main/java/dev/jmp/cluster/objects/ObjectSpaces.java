package dev.jmp.cluster.objects;

import com.hazelcast.core.HazelcastInstance;
import dev.jmp.base.ShutdownSequence;
import dev.jmp.internal.WireInput;
import dev.jmp.manager.core.ApiTypes;
import dev.jmp.manager.core.HandleReaders;
import dev.jmp.manager.core.ManagerBackend;
import dev.jmp.manager.core.ProxyCore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The shared objects of each cluster this JVM reaches, by cluster name: the driver's through its
 * client, a member's through itself, and, in a process that was only handed a proxy (a worker JVM
 * of a member), through a client of its own, connected to the addresses the handle names when
 * the first handle arrives and closed when the JVM ends. Not user API.
 */
public final class ObjectSpaces {

    private static final Map<String, ObjectSpace> SPACES = new ConcurrentHashMap<>();
    private static volatile ApiTypes api;
    private static volatile BiFunction<String, List<String>, HazelcastInstance> connector;
    /** This JVM's member, if it is one: its tasks of the in-member mode reach the objects through it. */
    private static volatile ObjectSpace.Origin member;

    private ObjectSpaces() {}

    /**
     * The manager API's types, which every space made from now on uses, and how to connect a client
     * to a cluster (its name, its member addresses); registers the reader of cluster handles.
     */
    public static void install(ApiTypes types, BiFunction<String, List<String>, HazelcastInstance> connect) {
        api = types;
        connector = connect;
        ObjectSpace.Origin m = member;
        if (m != null) {
            SPACES.computeIfAbsent(m.clusterName(), n -> new ObjectSpace(m.hazelcast(), m.clusterName(),
                    m.addresses(), types));
        }
        HandleReaders.register(ClusterCore.BACKEND_ID, ObjectSpaces::read);
    }

    /**
     * A new manager over {@code hazelcast}, a driver's client of cluster {@code clusterName} at
     * {@code addresses}; that client serves the handles of this cluster read in this JVM.
     */
    public static ManagerBackend manager(HazelcastInstance hazelcast, String clusterName, List<String> addresses) {
        ObjectSpace space = SPACES.compute(clusterName, (n, old) -> old != null && old.hazelcast == hazelcast ? old
                : new ObjectSpace(hazelcast, clusterName, addresses, requireApi()));
        return new ClusterObjects(space);
    }

    /** A member's instance serves the handles its in-member tasks read, unless this JVM has a client already. */
    public static void member(HazelcastInstance instance, String clusterName, List<String> addresses) {
        member = new ObjectSpace.Origin(instance, clusterName, addresses);
        ApiTypes types = api;
        if (types != null) {
            SPACES.computeIfAbsent(clusterName, n -> new ObjectSpace(instance, clusterName, addresses, types));
        }
    }

    private static ProxyCore read(WireInput in) {
        String clusterName = in.readString();
        List<String> addresses = List.of(in.readString().split(","));
        String typeId = in.readString();
        String key = in.readString();
        ObjectSpace space = SPACES.computeIfAbsent(clusterName, n -> connect(clusterName, addresses));
        return new ClusterCore(space, typeId, key, new ClusterObjects(space));
    }

    private static ObjectSpace connect(String clusterName, List<String> addresses) {
        HazelcastInstance client = connector.apply(clusterName, addresses);
        ShutdownSequence.add(ShutdownSequence.Phase.RESOURCES, client::shutdown);
        return new ObjectSpace(client, clusterName, addresses, requireApi());
    }

    /** The space this JVM reaches cluster {@code clusterName} through, if it reached it yet. */
    static ObjectSpace of(String clusterName) {
        return SPACES.get(clusterName);
    }

    private static ApiTypes requireApi() {
        ApiTypes types = api;
        if (types == null) {
            throw new IllegalStateException("[jmp.cluster.protocol] the manager API did not install its types");
        }
        return types;
    }
}
