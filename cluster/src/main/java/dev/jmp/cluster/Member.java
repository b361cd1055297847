package dev.jmp.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.jmp.cluster.member.MemberRuntime;
import dev.jmp.cluster.objects.ClientPresence;
import dev.jmp.cluster.objects.ObjectReaper;
import dev.jmp.cluster.objects.ObjectSpaces;
import dev.jmp.cluster.setup.ClassPathDigest;
import dev.jmp.cluster.setup.ClusterKey;
import dev.jmp.cluster.setup.ClusterSettings;
import dev.jmp.cluster.setup.HazelcastConfigs;
import java.util.ArrayList;
import java.util.EventListener;
import java.util.List;
import java.util.logging.Level;

/**
 * A machine of a jmp cluster: a Hazelcast member that runs the batches and processes drivers
 * send it, in worker JVMs of its own, with its own class path, which must be the driver's. Run it
 * with the project's class path, where the task index and every task's code are:
 *
 * <pre>
 * mvn compile jmp:member -Djmp.cluster.members=10.0.0.5:5701,10.0.0.6:5701 -Djmp.cluster.interface=10.0.0.5 \
 *     -Djmp.cluster.keyFile=/etc/jmp/cluster.key
 * java -Djmp.cluster.members=10.0.0.5:5701,10.0.0.6:5701 -cp "$(cat classpath.txt)" dev.jmp.cluster.Member
 * </pre>
 *
 * <p>The {@code jmp.cluster.*} system properties configure it ({@link ClusterSettings}). Unless
 * {@code jmp.cluster.interface} names one, it binds to the loopback address, and only programs of
 * this machine can reach it. It prints one line on stdout when it is ready, the line the tools that
 * start members wait for ({@link MemberCommand#READY}), and a line on stderr when it cannot start,
 * before it exits with status 2: those are the program's own output. What it says while it runs,
 * a line per driver that comes or goes and the commands it refuses, is logged under
 * {@code dev.jmp.cluster} (a plain line on stderr unless logging is configured).
 */
public final class Member implements AutoCloseable {

    private final HazelcastInstance instance;
    private final MemberRuntime runtime;

    private Member(HazelcastInstance instance, MemberRuntime runtime) {
        this.instance = instance;
        this.runtime = runtime;
    }

    /** Starts a member with {@code settings} in this JVM; returns once it has joined its cluster. */
    public static Member start(ClusterSettings settings) {
        ClassPathDigest digest = ClassPathDigest.ofThisJvm();
        MemberRuntime runtime = new MemberRuntime(settings, ClusterKey.load(settings));
        ClientPresence presence = new ClientPresence();
        ObjectReaper reaper = new ObjectReaper(presence);
        List<EventListener> listeners = new ArrayList<>(runtime.listeners());
        listeners.add(presence);
        Config config = HazelcastConfigs.member(settings, runtime, digest, listeners);
        presence.register(config.getUserContext());
        HazelcastInstance instance = Hazelcast.newHazelcastInstance(config);
        runtime.started(instance);
        presence.started(instance);
        reaper.started(instance);
        ObjectSpaces.member(instance, settings.name(), settings.members());
        return new Member(instance, runtime);
    }

    /** This member's address, {@code host:port}. */
    public String address() {
        return runtime.address();
    }

    /** The Hazelcast member underneath. */
    public HazelcastInstance hazelcast() {
        return instance;
    }

    /** Ends the member at once, as a crash would for its cluster; what its sessions started is killed. */
    public void terminate() {
        instance.getLifecycleService().terminate();
    }

    /** Leaves the cluster gracefully; what its sessions started is killed. */
    @Override
    public void close() {
        instance.shutdown();
    }

    /** Runs a member until its JVM is ended; see the class documentation. */
    public static void main(String[] args) {
        HazelcastConfigs.quietLogging(Level.WARNING);
        ClusterSettings settings;
        Member member;
        try {
            settings = ClusterSettings.fromSystemProperties();
            member = start(settings);
        } catch (RuntimeException e) {
            System.err.println(e.getMessage() != null && e.getMessage().startsWith("[jmp.") ? e.getMessage() : e.toString());
            System.exit(2);
            return;
        }
        if (settings.parentPid() > 0) {
            ProcessHandle.of(settings.parentPid()).ifPresentOrElse(
                    parent -> parent.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
        }
        System.setProperty(MemberRuntime.MEMBER_PROPERTY, member.address()); // for tasks of the in-member mode
        System.out.println(MemberCommand.READY + member.address() + " of cluster \"" + settings.name() + "\" is ready: "
                + settings.workers() + " workers, members " + String.join(",", settings.members()) + ", pid "
                + ProcessHandle.current().pid());
    }
}
