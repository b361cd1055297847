package dev.jmp.launch.parent;

import java.util.ArrayList;
import java.util.List;

/**
 * The options every child JVM gets unless its options choose otherwise: the serial collector
 * (small heaps start faster and use less memory with it), no {@code hsperfdata} file (nothing in
 * {@code /tmp} to leave behind when killed) and, on JDK {@value #NATIVE_TRIM_SINCE} and later, a
 * periodic trim of the C heap ({@code -XX:TrimNativeHeapInterval}): an idle JVM otherwise keeps
 * the memory its compilers used, about 7 MB on JDK 25, for ever. The JDK is the child's, which is
 * this JVM's ({@code java.home}).
 */
final class ChildDefaults {

    /** The first JDK whose native-heap trim is a product option on every build. */
    static final int NATIVE_TRIM_SINCE = 22;

    /** How often an idle child gives its unused C heap back, in milliseconds. */
    static final int TRIM_INTERVAL_MILLIS = 1_000;

    private static final List<String> ALWAYS = List.of("-XX:+UseSerialGC", "-XX:-UsePerfData");

    private ChildDefaults() {}

    /** The defaults of a child of JDK {@code feature}, before the options are looked at. */
    static List<String> of(int feature) {
        List<String> defaults = new ArrayList<>(ALWAYS);
        if (feature >= NATIVE_TRIM_SINCE) {
            defaults.add("-XX:TrimNativeHeapInterval=" + TRIM_INTERVAL_MILLIS);
        }
        return defaults;
    }

    /** The defaults of a child of JDK {@code feature} that neither {@code inherited} nor {@code added} override. */
    static List<String> notOverridden(int feature, List<String> inherited, List<String> added) {
        List<String> kept = new ArrayList<>();
        for (String option : of(feature)) {
            boolean gc = option.endsWith("GC");
            String name = flagName(option);
            boolean overridden = false;
            for (String o : inherited) {
                overridden |= o.startsWith("-XX:") && (gc ? o.endsWith("GC") : flagName(o).equals(name));
            }
            for (String o : added) {
                overridden |= o.startsWith("-XX:") && (gc ? o.endsWith("GC") : flagName(o).equals(name));
            }
            if (!overridden) {
                kept.add(option);
            }
        }
        return kept;
    }

    /** Whether one of {@code options} sets the {@code -XX} option {@code name}. */
    static boolean names(List<String> options, String name) {
        return options.stream().anyMatch(o -> o.startsWith("-XX:") && flagName(o).equals(name));
    }

    /** The name of an {@code -XX:} option: {@code UsePerfData} of {@code -XX:-UsePerfData}, {@code A} of {@code -XX:A=1}. */
    static String flagName(String option) {
        String flag = option.substring("-XX:".length());
        if (flag.startsWith("+") || flag.startsWith("-")) {
            flag = flag.substring(1);
        }
        int equals = flag.indexOf('=');
        return equals < 0 ? flag : flag.substring(0, equals);
    }
}
