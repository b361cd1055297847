package dev.jmp.launch.parent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChildTuningTest {

    private static final ChildTuning DEFAULT = new ChildTuning(Optional.empty(), true, true);

    @Test
    void theArchiveIsMappedAtItsFixedAddressByDefaultBeforeTheContextsOptions() {
        assertEquals(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0", "-Da=b"),
                DEFAULT.options(List.of(), List.of("-Da=b"), true));
    }

    @Test
    void aRelocatableArchiveAddsNoOption() {
        assertEquals(List.of("-Da=b"), new ChildTuning(Optional.empty(), false, true).options(List.of(), List.of("-Da=b"), true));
    }

    @Test
    void aJdkNotKnownToHaveTheOptionDoesNotGetIt() {
        assertEquals(List.of(), DEFAULT.options(List.of(), List.of(), false));
        assertTrue(ChildTuning.relocationModeKnown("OpenJDK 64-Bit Server VM", 17));
        assertTrue(ChildTuning.relocationModeKnown("Java HotSpot(TM) 64-Bit Server VM", 25));
        assertFalse(ChildTuning.relocationModeKnown("Eclipse OpenJ9 VM", 21));
        assertFalse(ChildTuning.relocationModeKnown("OpenJDK 64-Bit Server VM", ChildTuning.LAST_RELOCATION_MODE_JDK + 1));
    }

    @Test
    void aRelocationModeOfTheParentsOrTheContextsWins() {
        List<String> parents = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=1");
        assertEquals(List.of(), DEFAULT.options(parents, List.of(), true));
        assertEquals(List.of("-XX:ArchiveRelocationMode=2"), DEFAULT.options(List.of(), List.of("-XX:ArchiveRelocationMode=2"), true));
    }

    @Test
    void aDisabledWarmUpIsOnTheCommandLineAndAnEnabledOneOnlyOverAParentsSetting() {
        ChildTuning cold = new ChildTuning(Optional.empty(), false, false);
        assertEquals(List.of("-Djmp.warmUp=false"), cold.options(List.of(), List.of(), true));
        assertEquals(List.of(), new ChildTuning(Optional.empty(), false, true).options(List.of(), List.of(), true));
        assertEquals(List.of("-Djmp.warmUp=true"),
                new ChildTuning(Optional.empty(), false, true).options(List.of("-Djmp.warmUp=false"), List.of(), true));
        assertEquals(List.of("-Djmp.warmUp=always"), new ChildTuning(Optional.empty(), false, true)
                .options(List.of("-Djmp.warmUp=false", "-Djmp.warmUp=always"), List.of(), true), "the parent's always is kept");
        assertEquals(List.of("-Djmp.warmUp=false"),
                cold.options(List.of("-Djmp.warmUp=always"), List.of(), true), "the context's off wins");
    }

    @Test
    void theChildsCommandLineHasTheArchiveOptionWhenThisJdkHasIt() {
        List<String> added = DEFAULT.options(1, List.of("-Dx=y"));
        boolean known = ChildTuning.relocationModeKnown(System.getProperty("java.vm.name"), Runtime.version().feature());
        assertEquals(known, added.contains("-XX:ArchiveRelocationMode=0"), added.toString());
        List<String> command = ChildLauncher.jvmOptions(added);
        assertEquals(known, command.contains("-XX:ArchiveRelocationMode=0"), command.toString());
        assertTrue(command.indexOf("-Dx=y") > command.indexOf("-XX:+UseSerialGC"), command.toString());
        List<String> relocatable = new ArrayList<>(ChildLauncher.jvmOptions(
                new ChildTuning(Optional.empty(), false, false).options(1, List.of())));
        assertFalse(relocatable.contains("-XX:ArchiveRelocationMode=0"), relocatable.toString());
        assertTrue(relocatable.contains("-Djmp.warmUp=false"), relocatable.toString());
    }
}
