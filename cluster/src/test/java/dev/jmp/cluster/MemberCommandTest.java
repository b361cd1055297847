package dev.jmp.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MemberCommandTest {

    @Test
    void jdksThatWarnAboutUnsafeGetTheOptionThatAllowsItAndOlderOnesDoNot() {
        assertEquals(MemberCommand.JVM_OPTIONS, MemberCommand.jvmOptions(17));
        assertFalse(MemberCommand.jvmOptions(22).contains(MemberCommand.ALLOW_UNSAFE));
        assertTrue(MemberCommand.jvmOptions(23).contains(MemberCommand.ALLOW_UNSAFE));
        assertTrue(MemberCommand.jvmOptions(25).containsAll(MemberCommand.JVM_OPTIONS));
    }
}
