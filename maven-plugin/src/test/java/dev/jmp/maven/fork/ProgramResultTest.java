package dev.jmp.maven.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

class ProgramResultTest {

    @Test
    void plainExitCodes() {
        assertEquals("code 0", exit(0).exitDescription());
        assertEquals("code 3", exit(3).exitDescription());
        assertEquals("code 128", exit(128).exitDescription());
        assertEquals("code 255", exit(255).exitDescription());
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void deathBySignal() {
        assertEquals("code 137 (128 + signal 9: killed)", exit(137).exitDescription());
        assertEquals("code 143 (128 + signal 15: terminated)", exit(143).exitDescription());
        assertEquals("code 138 (128 + signal 10)", exit(138).exitDescription());
    }

    private static ProgramResult exit(int code) {
        return new ProgramResult(code, false, 0, Duration.ZERO);
    }
}
