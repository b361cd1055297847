package dev.jmp.launch.parent;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of the parent's JVM options a child gets: heap and stack sizes, {@code -D} properties the
 * user set, assertions, module and preview flags, {@code -XX} tuning. Options that would clash
 * when two JVMs use them (a debugger port, agents and their output files, flight recordings) or
 * that only make sense once are left out.
 */
public final class InheritedJvmOptions {

    private static final List<String> DROPPED_PREFIXES = List.of(
            "-agentlib:", "-agentpath:", "-javaagent:", "-Xdebug", "-Xrunjdwp", "-XX:StartFlightRecording",
            "-XX:FlightRecorderOptions", "-Djava.class.path=", "-Djdk.internal.", "-Dsun.java.command",
            "-Djava.rmi.server.", "-Dcom.sun.management.jmxremote", "-XX:+DisableAttachMechanism",
            "-Djmp.child");

    private static final List<String> KEPT_PREFIXES = List.of(
            "-D", "-X", "-ea", "-da", "-esa", "-dsa", "-enableassertions", "-disableassertions",
            "--add-opens", "--add-exports", "--add-reads", "--add-modules", "--enable-preview",
            "--enable-native-access", "--illegal-access", "--sun-misc-unsafe-memory-access");

    private static volatile List<String> ofThisJvm;

    private InheritedJvmOptions() {}

    /** The options this JVM's children inherit from it, read once. */
    public static List<String> ofThisJvm() {
        List<String> options = ofThisJvm;
        if (options == null) {
            options = List.copyOf(select(ManagementFactory.getRuntimeMXBean().getInputArguments()));
            ofThisJvm = options;
        }
        return options;
    }

    /** The options of {@code parentOptions} (the JVM's input arguments) a child inherits. */
    public static List<String> select(List<String> parentOptions) {
        List<String> kept = new ArrayList<>();
        for (String option : parentOptions) {
            if (startsWithAny(option, KEPT_PREFIXES) && !startsWithAny(option, DROPPED_PREFIXES)) {
                kept.add(option);
            }
        }
        return kept;
    }

    private static boolean startsWithAny(String option, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (option.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
