package dev.jmp.launch.parent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChildDefaultsTest {

    @Test
    void childrenOfJdk22AndLaterTrimTheirNativeHeap() {
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:-UsePerfData"), ChildDefaults.notOverridden(21, List.of(), List.of()));
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:TrimNativeHeapInterval=1000"),
                ChildDefaults.notOverridden(22, List.of(), List.of()));
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:TrimNativeHeapInterval=1000"),
                ChildDefaults.notOverridden(25, List.of(), List.of()));
    }

    @Test
    void anOptionThatChoosesOtherwiseDropsTheDefault() {
        assertEquals(List.of("-XX:-UsePerfData"),
                ChildDefaults.notOverridden(25, List.of("-XX:+UseG1GC"), List.of("-XX:TrimNativeHeapInterval=0")));
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:TrimNativeHeapInterval=1000"),
                ChildDefaults.notOverridden(25, List.of(), List.of("-XX:+UsePerfData")));
    }

    @Test
    void theChildsCommandLineFollowsThisJdk() {
        List<String> command = ChildLauncher.jvmOptions(List.of());
        boolean trims = Runtime.version().feature() >= ChildDefaults.NATIVE_TRIM_SINCE;
        assertEquals(trims, command.contains("-XX:TrimNativeHeapInterval=1000"), command.toString());
    }

    @Test
    void flagNames() {
        assertEquals("UsePerfData", ChildDefaults.flagName("-XX:-UsePerfData"));
        assertEquals("ArchiveRelocationMode", ChildDefaults.flagName("-XX:ArchiveRelocationMode=0"));
    }
}
