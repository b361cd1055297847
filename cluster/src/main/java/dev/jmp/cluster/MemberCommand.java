package dev.jmp.cluster;

import java.util.List;

/**
 * How a member JVM is started, for the tools that start one ({@code mvn jmp:member},
 * the tests): its main class, and the JVM options Hazelcast asks of a member (access to
 * the JDK internals it uses for speed; without them it warns at start and runs slower). The Maven
 * plugin reads these fields from the project's class path, so they have no dependencies.
 */
public final class MemberCommand {

    /** The main class of a member. */
    public static final String MAIN_CLASS = "dev.jmp.cluster.Member";

    /** The options a member JVM gets before any of its own. */
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
}
