package dev.jmp.launch.parent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InheritedJvmOptionsTest {

    @Test
    void keepsHeapPropertiesAssertionsAndModuleFlags() {
        List<String> kept = List.of("-Xmx512m", "-Xss2m", "-Dapp.mode=test", "-ea", "-XX:+UseG1GC",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "--enable-preview");
        assertEquals(kept, InheritedJvmOptions.select(kept));
    }

    @Test
    void dropsDebuggersAgentsRecordingsAndOurOwnMarkers() {
        assertEquals(List.of("-Dkeep=1"), InheritedJvmOptions.select(List.of(
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:/x/jacoco.jar=destfile=a",
                "-Xdebug", "-XX:StartFlightRecording=filename=a.jfr", "-Djmp.child=Process-1",
                "-Dsun.java.command=x", "-Dkeep=1", "exotic")));
    }
}
