package dev.jmp.cluster.driver;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.HazelcastClientNotActiveException;
import com.hazelcast.cluster.InitialMembershipEvent;
import com.hazelcast.cluster.InitialMembershipListener;
import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.core.HazelcastInstance;
import dev.jmp.cluster.setup.ClassPathDigest;
import dev.jmp.cluster.setup.ClusterKey;
import dev.jmp.cluster.setup.ClusterSettings;
import dev.jmp.cluster.setup.HazelcastConfigs;
import dev.jmp.cluster.wire.Reply;
import dev.jmp.cluster.wire.Signer;
import dev.jmp.base.JmpLog;
import dev.jmp.base.ShutdownSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;

/**
 * A driver's hold on the cluster: a Hazelcast client (which holds no data), the members it may
 * use, one {@link MemberChannel} each, and the members it refused because they run other code
 * than this JVM. Members come and go as Hazelcast's membership says; a member that leaves takes
 * its channel with it, and the channel tells every worker and process it had that they were lost.
 * Not user API: the {@code HazelcastBackend} makes one per JVM, on first use.
 */
public final class ClusterClient {

    /** How long {@link #close()} waits for the members' answers to its goodbye. */
    static final long GOODBYE_SECONDS = 5;

    final ClusterSettings settings;
    final Signer signer;
    final String driverId;
    final MemberCalls commands;
    final MemberCalls polls;
    private final HazelcastInstance hazelcast;
    private final ClassPathDigest digest = ClassPathDigest.ofThisJvm();
    private final Map<UUID, MemberChannel> channels = new ConcurrentHashMap<>();
    private final Map<UUID, String> refused = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile boolean closed;

    private ClusterClient(ClusterSettings settings, byte[] key, HazelcastInstance hazelcast) {
        this.settings = settings;
        this.signer = new Signer(key);
        this.hazelcast = hazelcast;
        this.driverId = hazelcast.getLocalEndpoint().getUuid().toString();
        this.commands = new MemberCalls(hazelcast, HazelcastConfigs.COMMANDS);
        this.polls = new MemberCalls(hazelcast, HazelcastConfigs.POLLS);
    }

    /** Joins the cluster {@code settings} name as a client; a coded error when no member answers. */
    public static ClusterClient connect(ClusterSettings settings) {
        byte[] key = ClusterKey.load(settings);
        // A driver's client retries members that are not up yet or have died, and says so at each
        // attempt; what that means for the program's work, jmp reports itself.
        HazelcastConfigs.quietLogging(Level.SEVERE);
        HazelcastInstance hazelcast;
        try {
            hazelcast = HazelcastClient.newHazelcastClient(HazelcastConfigs.client(settings));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("[jmp.cluster.unreachable] no member of the cluster \"" + settings.name()
                    + "\" answered at " + String.join(",", settings.members()) + " within "
                    + settings.connectTimeout().toSeconds() + " s; start members (mvn jmp:member, or java -cp <the"
                    + " project's class path> dev.jmp.cluster.Member) with the same jmp.cluster.name, and name"
                    + " their addresses in jmp.cluster.members", e);
        }
        ClusterClient client = new ClusterClient(settings, key, hazelcast);
        hazelcast.getCluster().addMembershipListener(new InitialMembershipListener() {
            @Override
            public void init(InitialMembershipEvent event) {
                event.getMembers().forEach(client::admit);
            }

            @Override
            public void memberAdded(MembershipEvent event) {
                client.admit(event.getMember());
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                client.left(event.getMember());
            }
        });
        hazelcast.getCluster().getMembers().forEach(client::admit);
        ShutdownSequence.add(ShutdownSequence.Phase.RESOURCES, client::close);
        ProgramEnd.closeWhenDone(client);
        return client;
    }

    /** Takes {@code member} into use, unless it runs other code than this JVM. */
    private void admit(Member member) {
        if (closed || channels.containsKey(member.getUuid()) || refused.containsKey(member.getUuid())) {
            return;
        }
        String address = MemberChannel.address(member);
        String encoded = member.getAttribute(HazelcastConfigs.DIGEST_ATTRIBUTE);
        Optional<String> difference = encoded == null
                ? Optional.of("it publishes no digest of its class path; is it a jmp member of the same version?")
                : ClassPathDigest.decode(encoded).differenceFrom(digest);
        if (difference.isPresent()) {
            String message = "[jmp.cluster.digest-mismatch] member " + address + " runs other code than this driver: "
                    + difference.get() + "; start it with the driver's class path (the same build of the project), or"
                    + " the driver with the member's. This driver sends it nothing";
            if (refused.putIfAbsent(member.getUuid(), message) == null) {
                JmpLog.log(JmpLog.CLUSTER, System.Logger.Level.WARNING, message);
            }
            return;
        }
        channels.computeIfAbsent(member.getUuid(), u -> new MemberChannel(this, member));
    }

    /** {@code member} left the cluster: what it held is lost. */
    private void left(Member member) {
        refused.remove(member.getUuid());
        MemberChannel channel = channels.remove(member.getUuid());
        if (channel != null) {
            channel.lost("[jmp.cluster.member-died] " + channel.address + " left the cluster", false);
        }
    }

    /** {@code channel}'s session ended while its member stays: a new session takes its place. */
    void sessionLost(MemberChannel channel) {
        if (closed || !channels.remove(channel.member.getUuid(), channel)) {
            return;
        }
        try {
            if (hazelcast.getCluster().getMembers().contains(channel.member)) {
                channels.computeIfAbsent(channel.member.getUuid(), u -> new MemberChannel(this, channel.member));
            }
        } catch (HazelcastClientNotActiveException e) {
            // the client gave up on the cluster (every member gone): there is no member to renew with
        }
    }

    /** The member where the next worker or process goes: the least loaded usable one. */
    MemberChannel place() {
        return Placement.choose(channels.values()).orElseThrow(this::noMembers);
    }

    /** Throws the coded error of a cluster this driver cannot use. */
    void checkUsable() {
        if (Placement.choose(channels.values()).isEmpty()) {
            throw noMembers();
        }
    }

    private IllegalStateException noMembers() {
        List<String> why = new ArrayList<>(refused.values());
        for (MemberChannel c : channels.values()) {
            if (c.refusal() != null) {
                why.add(c.refusal());
            }
        }
        if (!why.isEmpty()) {
            return new IllegalStateException(String.join("\n", why));
        }
        return new IllegalStateException("[jmp.cluster.no-members] the cluster \"" + settings.name()
                + "\" has no member this driver can use; start members with mvn jmp:member");
    }

    /** A number no other worker, process or pool of this driver has. */
    long nextId() {
        return ids.incrementAndGet();
    }

    /** The client this driver joined the cluster with: the shared objects of {@code Manager.cluster} use it too. */
    public HazelcastInstance hazelcast() {
        return hazelcast;
    }

    /** The settings it joined with. */
    public ClusterSettings settings() {
        return settings;
    }

    /** Whether {@link #close()} has run. */
    boolean closed() {
        return closed;
    }

    /**
     * Leaves the cluster, saying goodbye to every member it has a session with, all at once: each
     * kills what this driver started there as the goodbye arrives. It waits up to
     * {@value #GOODBYE_SECONDS} s for their answers; a member that has not answered by then kills
     * it when the driver's polls have stopped for its lease.
     */
    public void close() {
        closed = true;
        List<CompletableFuture<Reply>> goodbyes = new ArrayList<>();
        for (MemberChannel channel : channels.values()) {
            goodbyes.add(channel.close("[jmp.cluster.driver-closed] this driver left the cluster"));
        }
        try {
            CompletableFuture.allOf(goodbyes.toArray(CompletableFuture[]::new)).get(GOODBYE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // best effort: the lease covers what was not said
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        hazelcast.shutdown();
    }
}
