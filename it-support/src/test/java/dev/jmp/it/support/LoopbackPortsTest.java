package dev.jmp.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ports below the ephemeral range, distinct and free; the range read as Linux writes it. */
class LoopbackPortsTest {

    @Test
    void portsAreDistinctFreeAndBelowTheEphemeralRange() throws IOException {
        int ephemeralLow = LoopbackPorts.ephemeralLow(LoopbackPorts.LINUX_RANGE);
        List<Integer> ports = LoopbackPorts.free(5);
        assertEquals(5, ports.size());
        assertEquals(5, new HashSet<>(ports).size(), "distinct: " + ports);
        for (int port : ports) {
            assertTrue(port >= LoopbackPorts.LOWEST && port < ephemeralLow,
                    port + " is outside [" + LoopbackPorts.LOWEST + ", " + ephemeralLow + ")");
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            }
        }
    }

    @Test
    void theRangeIsReadAsLinuxWritesItAndIanasStartIsTakenWithoutIt(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ip_local_port_range"), "32768\t60999\n");
        assertEquals(32768, LoopbackPorts.ephemeralLow(file));
        assertEquals(LoopbackPorts.IANA_EPHEMERAL_LOW, LoopbackPorts.ephemeralLow(dir.resolve("absent")));
    }
}
