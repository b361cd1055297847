package dev.jmp.it.support;

import java.util.List;

/**
 * How a member JVM starts and how it says it is up: the JVM options it needs, its main class, and
 * the start of the line it prints once it accepts drivers. A test takes them from the cluster
 * module's {@code MemberCommand} (which this JDK-only artifact does not see), adding options of
 * its own, such as a shared-memory directory.
 *
 * @param jvmOptions options before the class path, for every member
 * @param mainClass the member's main class
 * @param readyPrefix how the member's ready line starts
 */
public record MemberProgram(List<String> jvmOptions, String mainClass, String readyPrefix) {

    /** Keeps a copy of {@code jvmOptions}. */
    public MemberProgram {
        jvmOptions = List.copyOf(jvmOptions);
    }
}
