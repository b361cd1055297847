package dev.jmp.cluster.member;

import java.util.List;
import java.util.Locale;

/**
 * The JVM options a member accepts from a driver for the worker JVMs and processes it starts:
 * any but those that load code or run commands of their own (agents, boot class path, argument
 * files, class paths, error and out-of-memory commands). A driver's signature proves it holds the
 * cluster key, not that it may run programs of its choosing on the member's machine.
 */
final class MemberJvmOptions {

    private static final List<String> REFUSED = List.of("-javaagent", "-agentlib", "-agentpath", "-xbootclasspath",
            "-xx:onerror", "-xx:onoutofmemoryerror", "-xx:flags", "-xx:vmoptionsfile", "--patch-module",
            "-djava.system.class.loader", "-djava.security.manager", "-cp", "-classpath", "--class-path", "-jar",
            "--module-path", "--upgrade-module-path", "-p", "-xx:+enabledynamicagentloading",
            "-djdk.attach.allowattachself");

    private MemberJvmOptions() {}

    /** {@code options}, or a coded error naming the first one refused. */
    static List<String> check(List<String> options) {
        for (String option : options) {
            String o = option.strip().toLowerCase(Locale.ROOT);
            if (o.startsWith("@") || REFUSED.stream().anyMatch(r -> o.equals(r) || o.startsWith(r + ":")
                    || o.startsWith(r + "=") || o.startsWith(r + "/"))) {
                throw new IllegalArgumentException("[jmp.cluster.jvm-option] members refuse the JVM option \""
                        + option + "\": it loads code or runs a command of its own; set such options on the"
                        + " member's own command line instead");
            }
        }
        return options;
    }
}
