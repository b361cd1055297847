package dev.jmp.cluster.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A member takes a driver's heap and flags, never an option that runs code or a command. */
class MemberJvmOptionsTest {

    @Test
    void ordinaryOptionsPass() {
        List<String> options = List.of("-Xmx512m", "-XX:+UseSerialGC", "-Dgreeting=hello", "-ea", "-Xss2m",
                "-XX:TieredStopAtLevel=1", "-Dcpath=x");
        assertEquals(options, MemberJvmOptions.check(options));
    }

    @Test
    void optionsThatLoadCodeOrRunCommandsAreRefused() {
        for (String option : List.of("-javaagent:/tmp/a.jar", "-agentlib:jdwp=transport=dt_socket", "-agentpath:/x.so",
                "-Xbootclasspath/a:/tmp", "-XX:OnOutOfMemoryError=rm -rf /", "-XX:OnError=sh", "@/tmp/args",
                "-Djava.system.class.loader=evil.Loader", "-XX:Flags=/tmp/f", "-cp", "--patch-module=java.base=/x")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> MemberJvmOptions.check(List.of("-Xmx1g", option)));
            assertTrue(e.getMessage().startsWith("[jmp.cluster.jvm-option] members refuse the JVM option \"" + option),
                    e.getMessage());
        }
    }
}
