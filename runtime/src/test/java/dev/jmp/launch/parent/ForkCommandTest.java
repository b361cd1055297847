package dev.jmp.launch.parent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForkCommandTest {

    @Test
    void shortClassPathGoesOnTheCommandLine() {
        ForkCommand fork = ForkCommand.of("/jdk/bin/java", List.of("-Xmx64m", "-Da=b"), "a.jar:b.jar", "Process-1", "x.Main");
        assertEquals(List.of("/jdk/bin/java", "-Xmx64m", "-Da=b", "-cp", "a.jar:b.jar", "-Djmp.child=Process-1", "x.Main"),
                fork.command());
        assertTrue(fork.argFile().isEmpty());
    }

    @Test
    void longClassPathGoesIntoAnArgumentFileQuoted() {
        String cp = "/a dir/with \"quotes\".jar:" + "x".repeat(ForkCommand.MAX_INLINE_CLASS_PATH);
        ForkCommand fork = ForkCommand.of("java", List.of(), cp, "Process-2", "x.Main");
        assertEquals(List.of("java", ForkCommand.ARG_FILE_MARKER, "-Djmp.child=Process-2", "x.Main"), fork.command());
        assertTrue(fork.argFile().orElseThrow().startsWith("-cp \"/a dir/with \\\"quotes\\\".jar:xxx"));
        assertEquals(List.of("java", "@/tmp/cp.args", "-Djmp.child=Process-2", "x.Main"), fork.commandWith("/tmp/cp.args"));
    }
}
