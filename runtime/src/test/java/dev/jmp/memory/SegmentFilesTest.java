package dev.jmp.memory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.ProcessIdentity;
import org.junit.jupiter.api.Test;

class SegmentFilesTest {

    @Test
    void segmentNamesAreJmpAndThreeRunsOfDigits() {
        assertTrue(SegmentFiles.isSegmentName("jmp-1-2-3"));
        assertTrue(SegmentFiles.isSegmentName("jmp-123456-9876543210-42"));
        assertTrue(SegmentFiles.isSegmentName(SegmentFiles.name(ProcessIdentity.current(), 7)));
    }

    @Test
    void anythingElseIsNoSegment() {
        for (String name : new String[] {"", "jmp-", "jmp-1", "jmp-1-2", "jmp-1-2-", "jmp--1-2", "jmp-1--2-3",
                "jmp-1-2-3-4", "jmp-1-2-3x", "jmp-1-2-x3", "Jmp-1-2-3", "xjmp-1-2-3", "jmp-1-2-3 ", "jmp-1-2-\u0663",
                "jmp-1-2-3.tmp", "../jmp-1-2-3", "jmp-a-2-3"}) {
            assertFalse(SegmentFiles.isSegmentName(name), name);
        }
    }
}
