package dev.jmp.cluster.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jmp.cluster.* settings: defaults on the loopback, coded errors for bad values, and the key. */
class ClusterSettingsTest {

    @TempDir
    Path tmp;

    @Test
    void theDefaultsKeepTheClusterOnThisMachine() {
        ClusterSettings s = ClusterSettings.from(Map.<String, String>of()::get);
        assertEquals("jmp", s.name());
        assertEquals(List.of("127.0.0.1:5701"), s.members());
        assertEquals(Optional.empty(), s.port());
        assertEquals("127.0.0.1", s.bindAddress());
        assertEquals(Runtime.getRuntime().availableProcessors(), s.workers());
        assertEquals(2, s.credit());
        assertEquals(0, s.retries());
        assertFalse(s.inMember());
        assertTrue(s.loopbackOnly());
    }

    @Test
    void settingsAreReadAndSentOnToAMemberJvm() {
        ClusterSettings s = ClusterSettings.from(Map.of("jmp.cluster.name", "lab", "jmp.cluster.members",
                "10.0.0.5:5701, 10.0.0.6:5702", "jmp.cluster.interface", "10.0.0.5", "jmp.cluster.workers", "8",
                "jmp.cluster.mode", "Member", "jmp.cluster.retries", "2", "jmp.cluster.maxClockSkew", "5")::get);
        assertEquals(List.of("10.0.0.5:5701", "10.0.0.6:5702"), s.members());
        assertTrue(s.inMember());
        assertEquals(2, s.retries());
        assertEquals(Duration.ofSeconds(5), s.maxClockSkew());
        assertFalse(s.loopbackOnly());
        ClusterSettings again = ClusterSettings.from(key -> s.withPort(5702).asSystemProperties().stream()
                .filter(p -> p.startsWith("-D" + key + "=")).map(p -> p.substring(key.length() + 3)).findFirst()
                .orElse(null));
        assertEquals(s.withPort(5702).members(), again.members());
        assertEquals(Optional.of(5702), again.port());
        assertEquals(8, again.workers());
        assertEquals("lab", again.name());
    }

    @Test
    void aBadValueIsACodedErrorNamingTheProperty() {
        for (Map<String, String> bad : List.of(Map.of("jmp.cluster.workers", "many"),
                Map.of("jmp.cluster.members", "127.0.0.1:5701-5703"), Map.of("jmp.cluster.port", "0"),
                Map.of("jmp.cluster.mode", "threads"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClusterSettings.from(bad::get));
            String key = bad.keySet().iterator().next();
            assertTrue(e.getMessage().startsWith("[jmp.cluster.bad-setting] " + key + " is \"" + bad.get(key) + "\"; give "),
                    e.getMessage());
        }
    }

    @Test
    void aLoopbackClusterMakesItsKeyFileForItsOwnerOnlyAndANetworkedOneNeedsOneGiven() throws Exception {
        Path file = tmp.resolve("keys/cluster.key");
        ClusterSettings loopback = ClusterSettings.from(Map.of("jmp.cluster.keyFile", file.toString())::get);
        byte[] key = ClusterKey.load(loopback);
        assertEquals(64, key.length, "32 random bytes in hex");
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertEquals(new String(key), new String(ClusterKey.load(loopback)), "made once, then read");

        ClusterSettings networked = ClusterSettings.from(Map.of("jmp.cluster.keyFile", tmp.resolve("none").toString(),
                "jmp.cluster.interface", "10.0.0.5")::get);
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> ClusterKey.load(networked));
        assertTrue(missing.getMessage().startsWith("[jmp.cluster.no-key] "), missing.getMessage());

        Files.writeString(tmp.resolve("short"), "secret");
        IllegalStateException weak = assertThrows(IllegalStateException.class, () -> ClusterKey.load(
                ClusterSettings.from(Map.of("jmp.cluster.keyFile", tmp.resolve("short").toString())::get)));
        assertTrue(weak.getMessage().startsWith("[jmp.cluster.weak-key] "), weak.getMessage());
    }
}
