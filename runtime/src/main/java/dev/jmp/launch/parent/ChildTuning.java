package dev.jmp.launch.parent;

import dev.jmp.launch.child.ChildMain;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a context chose for its child JVMs beyond the options it names, turned into JVM options:
 * <ul>
 *   <li>the maximum heap ({@link ChildHeap});</li>
 *   <li>whether a child maps the JDK's class-data archive at the address it was dumped for
 *       ({@code -XX:ArchiveRelocationMode=0}) instead of a random one. Relocated, the archive's
 *       pointers are rewritten in every JVM, so about 10 MB of it is private to each; mapped where
 *       it was dumped, it stays shared by every JVM that maps it, and a JVM boots faster. The price
 *       is the archive's address randomisation in the children. Added only on HotSpot JDKs known to
 *       have the option (17 to {@value #LAST_RELOCATION_MODE_JDK}: it is a diagnostic option, which
 *       a JDK may drop without notice), and only when neither the parent's inherited options nor
 *       the context's choose a mode themselves;</li>
 *   <li>whether warm spares warm jmp's own code up while they wait
 *       ({@value ChildMain#WARM_UP_PROPERTY}).</li>
 * </ul>
 * These options go before the context's and the process's own, so that theirs win; and they are
 * part of the options a spare is kept for, so a spare always has what its claimer chose.
 *
 * @param maxHeap the heap the context names, if it names one
 * @param fixedArchiveAddress whether children map the class-data archive at its fixed address
 * @param warmUp whether spares warm up
 */
public record ChildTuning(Optional<String> maxHeap, boolean fixedArchiveAddress, boolean warmUp) {

    /** The newest JDK on which {@code ArchiveRelocationMode} was seen to exist. */
    static final int LAST_RELOCATION_MODE_JDK = 25;

    static final List<String> FIXED_ARCHIVE = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");

    public ChildTuning {
        Objects.requireNonNull(maxHeap, "maxHeap");
    }

    /**
     * The options of a child started among {@code group} children (1 for a process): the heap,
     * the archive's mapping and the warm-up switch as chosen, then {@code added} (the context's
     * and the process's own).
     */
    public List<String> options(int group, List<String> added) {
        List<String> tuned = options(InheritedJvmOptions.ofThisJvm(), added,
                relocationModeKnown(System.getProperty("java.vm.name", ""), Runtime.version().feature()));
        return ChildHeap.options(maxHeap, group, tuned);
    }

    /** The options without the heap: those this tuning adds, then {@code added}. */
    List<String> options(List<String> inherited, List<String> added, boolean relocationModeKnown) {
        List<String> all = new ArrayList<>();
        if (fixedArchiveAddress && relocationModeKnown
                && !ChildDefaults.names(inherited, "ArchiveRelocationMode")
                && !ChildDefaults.names(added, "ArchiveRelocationMode")) {
            all.addAll(FIXED_ARCHIVE);
        }
        String property = "-D" + ChildMain.WARM_UP_PROPERTY + "=";
        if (!warmUp) {
            all.add(property + "false");
        } else {
            // The context's choice over the parent's own setting, keeping the parent's "always".
            inherited.stream().filter(o -> o.startsWith(property)).reduce((first, last) -> last)
                    .ifPresent(o -> all.add(o.substring(property.length()).strip().equalsIgnoreCase("always")
                            ? property + "always" : property + "true"));
        }
        all.addAll(added);
        return all;
    }

    /** Whether a JVM named {@code vmName} of JDK {@code feature} is known to take {@code ArchiveRelocationMode}. */
    static boolean relocationModeKnown(String vmName, int feature) {
        boolean hotSpot = vmName.contains("HotSpot") || vmName.contains("OpenJDK");
        return hotSpot && feature >= 17 && feature <= LAST_RELOCATION_MODE_JDK;
    }
}
