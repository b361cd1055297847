package dev.jmp.launch.parent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExitStatusTest {

    @Test
    void plainExitCodesPassThrough() {
        assertEquals(0, ExitStatus.decode(0, 0, true));
        assertEquals(42, ExitStatus.decode(42, 0, false));
        assertEquals(128, ExitStatus.decode(128, 0, false));
    }

    @Test
    void signalsBecomeNegative() {
        assertEquals(-9, ExitStatus.decode(137, 0, false), "killed by someone else");
        assertEquals(-9, ExitStatus.decode(137, 9, false), "killed by us");
        assertEquals(-15, ExitStatus.decode(143, 15, true), "terminated by us; its hooks announced the exit");
    }

    @Test
    void anAnnouncedExitAboveOneTwentyEightStaysAnExitCode() {
        assertEquals(137, ExitStatus.decode(137, 0, true));
        assertEquals(143, ExitStatus.decode(143, 9, true));
    }

    @Test
    void describesCodesAndSignals() {
        assertEquals("exit code 3", ExitStatus.describe(3));
        assertEquals("signal 9 (SIGKILL)", ExitStatus.describe(-9));
        assertEquals("signal 15 (SIGTERM)", ExitStatus.describe(-15));
        assertEquals("signal 40", ExitStatus.describe(-40));
    }
}
