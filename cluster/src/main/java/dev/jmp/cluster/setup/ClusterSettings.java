package dev.jmp.cluster.setup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code jmp.cluster.*} settings of a member and of a driver, read from system properties.
 * Members and drivers read the same names, and each uses what concerns it.
 *
 * @param name the cluster's name ({@code jmp.cluster.name}, default {@code jmp}): members and
 *     drivers of another name never meet
 * @param members where the members listen ({@code jmp.cluster.members}, a comma-separated list of
 *     {@code host:port}; default {@code 127.0.0.1:5701}): the members a new member asks to join,
 *     and those a driver connects to first
 * @param port the port this member listens on ({@code jmp.cluster.port}); empty: 5701, or the next
 *     free one up to 5720
 * @param bindInterface the address this member binds to ({@code jmp.cluster.interface}); empty:
 *     the loopback address, so that nothing outside this machine can reach it
 * @param workers worker JVMs a member offers ({@code jmp.cluster.workers}, default its CPU count),
 *     which drivers place their pools' workers against
 * @param keyFile the cluster key ({@code jmp.cluster.keyFile}, default {@code ~/.jmp/cluster.key})
 * @param inMember whether a driver's pools run tasks on threads of the member JVM itself
 *     ({@code jmp.cluster.mode=member}) rather than in the member's worker JVMs ({@code jvm}, the
 *     default)
 * @param retries how often a driver runs a task again when its member dies holding it
 *     ({@code jmp.cluster.retries}, default 0): only for idempotent tasks
 * @param credit batches a driver sends each remote worker before the first is answered
 *     ({@code jmp.cluster.credit}, default 2)
 * @param connectTimeout how long a driver tries to reach the cluster ({@code jmp.cluster.connectTimeout},
 *     seconds, default 10)
 * @param maxClockSkew how old, or how far ahead of a member's clock, a signed batch may be
 *     ({@code jmp.cluster.maxClockSkew}, seconds, default 30); older ones are refused
 * @param parentPid a process whose end ends this member ({@code jmp.cluster.parentPid}); 0 for none
 */
public record ClusterSettings(String name, List<String> members, Optional<Integer> port, Optional<String> bindInterface,
                              int workers, Path keyFile, boolean inMember, int retries, int credit,
                              Duration connectTimeout, Duration maxClockSkew, long parentPid) {

    /** The prefix of every setting's system property. */
    public static final String PREFIX = "jmp.cluster.";

    /** The port a member listens on by default, and the first it tries. */
    public static final int DEFAULT_PORT = 5701;

    public ClusterSettings {
        members = List.copyOf(members);
    }

    /** The settings in this JVM's system properties. */
    public static ClusterSettings fromSystemProperties() {
        return from(System::getProperty);
    }

    /** The settings {@code properties} gives for each full property name, null for unset. */
    public static ClusterSettings from(Function<String, String> properties) {
        Setting s = new Setting(properties);
        return new ClusterSettings(
                s.text("name", "jmp"),
                s.addresses("members", "127.0.0.1:" + DEFAULT_PORT),
                s.optionalNumber("port", 1, 65535),
                Optional.ofNullable(s.raw("interface")),
                s.number("workers", Runtime.getRuntime().availableProcessors(), 1, 10_000),
                s.path("keyFile", Path.of(System.getProperty("user.home"), ".jmp", "cluster.key")),
                s.choice("mode", "jvm", "jvm", "member").equals("member"),
                s.number("retries", 0, 0, 100),
                s.number("credit", 2, 1, 64),
                Duration.ofSeconds(s.number("connectTimeout", 10, 1, 3600)),
                Duration.ofSeconds(s.number("maxClockSkew", 30, 1, 3600)),
                s.number("parentPid", 0, 0, Integer.MAX_VALUE));
    }

    /** The address a member binds to: the configured interface, else the loopback address. */
    public String bindAddress() {
        return bindInterface.orElse("127.0.0.1");
    }

    /**
     * Whether every address this JVM uses is on this machine's loopback: then a key file may be
     * made on first use, since no other machine can take part.
     */
    public boolean loopbackOnly() {
        if (bindInterface.isPresent() && !isLoopback(bindInterface.get())) {
            return false;
        }
        return members.stream().allMatch(m -> isLoopback(m.substring(0, m.lastIndexOf(':'))));
    }

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("127.") || h.equals("localhost") || h.equals("::1") || h.equals("[::1]");
    }

    /** The settings as the system properties that give them, for a member JVM started by this one. */
    public List<String> asSystemProperties() {
        List<String> out = new ArrayList<>();
        out.add("-D" + PREFIX + "name=" + name);
        out.add("-D" + PREFIX + "members=" + String.join(",", members));
        port.ifPresent(p -> out.add("-D" + PREFIX + "port=" + p));
        bindInterface.ifPresent(i -> out.add("-D" + PREFIX + "interface=" + i));
        out.add("-D" + PREFIX + "workers=" + workers);
        out.add("-D" + PREFIX + "keyFile=" + keyFile);
        out.add("-D" + PREFIX + "maxClockSkew=" + maxClockSkew.toSeconds());
        if (parentPid != 0) {
            out.add("-D" + PREFIX + "parentPid=" + parentPid);
        }
        return out;
    }

    /** These settings for a member listening on {@code memberPort}. */
    public ClusterSettings withPort(int memberPort) {
        return new ClusterSettings(name, members, Optional.of(memberPort), bindInterface, workers, keyFile, inMember,
                retries, credit, connectTimeout, maxClockSkew, parentPid);
    }

    /** These settings for a member that ends with process {@code pid}. */
    public ClusterSettings withParentPid(long pid) {
        return new ClusterSettings(name, members, port, bindInterface, workers, keyFile, inMember, retries, credit,
                connectTimeout, maxClockSkew, pid);
    }
}
