package dev.jmp.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KernelRandomTest {

    @Test
    void givesAsManyBytesAsAskedAndNeverTheSameTwice() {
        byte[] first = KernelRandom.bytes(40);
        byte[] second = KernelRandom.bytes(40);
        assertEquals(40, first.length);
        assertFalse(Arrays.equals(first, second), "two draws of 320 bits were equal");
        assertEquals(0, KernelRandom.bytes(0).length);
    }

    @Test
    void longsDiffer() {
        assertNotEquals(KernelRandom.nextLong(), KernelRandom.nextLong());
    }
}
