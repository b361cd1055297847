package dev.jmp.cluster.objects;

import com.hazelcast.client.Client;
import com.hazelcast.client.ClientListener;
import com.hazelcast.core.HazelcastException;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * On a member: frees the unnamed objects of a client that left without closing its manager (a
 * driver killed, or cut off). Every member hears of the departure; the oldest member frees them,
 * so it is done once. Named and published objects stay. Not user API: {@code Member} starts it.
 */
public final class ObjectReaper implements ClientListener {

    private static final Logger LOG = Logger.getLogger(ObjectReaper.class.getName());

    private volatile HazelcastInstance member;

    /** The member is up: departures from now on are followed. */
    public void started(HazelcastInstance instance) {
        this.member = instance;
    }

    @Override
    public void clientConnected(Client client) {
    }

    @Override
    public void clientDisconnected(Client client) {
        HazelcastInstance m = member;
        if (m == null || !m.getCluster().getMembers().iterator().next().localMember()) {
            return;
        }
        String gone = client.getUuid().toString();
        // off the event thread: freeing calls into the cluster
        Thread reaper = new Thread(() -> reap(m, gone), "jmp-object-reaper");
        reaper.setDaemon(true);
        reaper.start();
    }

    private static void reap(HazelcastInstance m, String gone) {
        try {
            IMap<String, String> owned = m.getMap(ObjectSpace.OWNED);
            List<Map.Entry<String, String>> theirs = new ArrayList<>();
            for (Map.Entry<String, String> e : owned.entrySet()) {
                if (e.getValue().endsWith(" " + gone)) {
                    theirs.add(e);
                }
            }
            ObjectSpace space = new ObjectSpace(m, m.getConfig().getClusterName(), List.of(), null);
            for (Map.Entry<String, String> e : theirs) {
                String typeId = e.getValue().substring(0, e.getValue().indexOf(' '));
                Kinds.of(typeId, e.getKey()).destroy(space, e.getKey());
                Redo.call(() -> owned.remove(e.getKey()));
            }
        } catch (HazelcastException e) {
            LOG.log(Level.FINE, "the cluster ended while freeing the objects of " + gone, e);
        }
    }
}
