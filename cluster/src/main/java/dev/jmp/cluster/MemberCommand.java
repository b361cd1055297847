package dev.jmp.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * How a member JVM is started, for the tools that start one ({@code mvn jmp:member},
 * the tests): its main class, and the JVM options Hazelcast asks of a member (access to
 * the JDK internals it uses for speed; without them it warns at start and runs slower). The Maven
 * plugin reads this class from the project's class path, so it has no dependencies.
 */
public final class MemberCommand {

    /** The main class of a member. */
    public static final String MAIN_CLASS = "dev.jmp.cluster.Member";

    /**
     * The first JDK that warns, once per JVM, when code calls the memory methods of
     * {@code sun.misc.Unsafe} (JEP 471), as the JCTools queues shaded into Hazelcast do.
     */
    public static final int UNSAFE_WARNING_SINCE = 23;

    /** The option that lets Hazelcast keep using {@code sun.misc.Unsafe} without the warning. */
    public static final String ALLOW_UNSAFE = "--sun-misc-unsafe-memory-access=allow";

    /** The options a member JVM of any JDK gets before any of its own. */
    public static final List<String> JVM_OPTIONS = List.of(
            "--add-modules", "java.se",
            "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens", "java.management/sun.management=ALL-UNNAMED",
            "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED");

    /** The line a member prints once it has joined its cluster and takes work: it starts with this. */
    public static final String READY = "jmp member ";

    private MemberCommand() {}

    /**
     * The options a member JVM of JDK {@code javaFeature} (17, 25, ...) gets before any of its
     * own: {@link #JVM_OPTIONS}, and {@link #ALLOW_UNSAFE} from JDK {@value #UNSAFE_WARNING_SINCE}
     * on (an older JVM refuses to start with it).
     */
    public static List<String> jvmOptions(int javaFeature) {
        List<String> options = new ArrayList<>(JVM_OPTIONS);
        if (javaFeature >= UNSAFE_WARNING_SINCE) {
            options.add(ALLOW_UNSAFE);
        }
        return List.copyOf(options);
    }
}
