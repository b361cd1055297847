package dev.jmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The context's choices about its child JVMs, as the options a process is started with. */
class ContextChildTuningTest {

    private static final boolean ARCHIVE_OPTION_KNOWN = System.getProperty("java.vm.name").contains("OpenJDK")
            || System.getProperty("java.vm.name").contains("HotSpot");

    @Test
    void byDefaultChildrenMapTheArchiveAtItsFixedAddressAndWarmUp() {
        Context context = Multiprocessing.getContext(StartMethod.SPAWN);
        assertTrue(context.fixedArchiveAddress());
        assertTrue(context.warmUp());
        List<String> options = context.processJvmOptions(List.of());
        assertEquals(ARCHIVE_OPTION_KNOWN, options.contains("-XX:ArchiveRelocationMode=0"), options.toString());
        assertFalse(options.contains("-Djmp.warmUp=false"), options.toString());
    }

    @Test
    void bothCanBeTurnedOffAndStayOffThroughTheOtherOptions() {
        Context context = Multiprocessing.getContext(StartMethod.WARM).withFixedArchiveAddress(false).withWarmUp(false)
                .withMaxHeap("256m").withJvmOptions("-Dx=y");
        assertFalse(context.fixedArchiveAddress());
        assertFalse(context.warmUp());
        List<String> options = context.processJvmOptions(List.of("-Dz=w"));
        assertEquals(List.of("-Xmx256m", "-Djmp.warmUp=false", "-Djmp.startMethod=warm", "-Dx=y", "-Dz=w"), options);
        assertTrue(context.toString().contains("no warm-up"), context.toString());
    }

    @Test
    void theSystemPropertyTurnsTheWarmUpOffOrOnWhateverTheLoadAndABadValueSaysHowToFixIt() {
        String before = System.getProperty("jmp.warmUp");
        try {
            System.setProperty("jmp.warmUp", "false");
            assertFalse(Multiprocessing.getContext(StartMethod.WARM).warmUp());
            assertTrue(Multiprocessing.getContext(StartMethod.WARM).withWarmUp(true).warmUp());
            System.setProperty("jmp.warmUp", "always");
            assertTrue(Multiprocessing.getContext(StartMethod.WARM).warmUp());
            System.setProperty("jmp.warmUp", "sometimes");
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Multiprocessing.getContext(StartMethod.WARM));
            assertTrue(e.getMessage().startsWith("[jmp.context.warm-up] the system property jmp.warmUp is sometimes;"),
                    e.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty("jmp.warmUp");
            } else {
                System.setProperty("jmp.warmUp", before);
            }
        }
    }
}
