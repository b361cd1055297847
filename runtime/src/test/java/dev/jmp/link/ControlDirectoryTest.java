package dev.jmp.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.ProcessIdentity;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlDirectoryTest {

    @Test
    void ownerIsParsedFromTheDirectoryName() {
        assertEquals(Optional.of(new ProcessIdentity(123, 1700000000000L)),
                ControlDirectory.ownerOf("jmp-123-1700000000000-98765"));
        assertEquals(Optional.empty(), ControlDirectory.ownerOf("jmp-garbage"));
        assertEquals(Optional.empty(), ControlDirectory.ownerOf("other-1-2-3"));
    }

    @Test
    void sweepRemovesDirectoriesOfDeadRuntimesOnly(@TempDir Path tmp) throws Exception {
        Path dead = Files.createDirectory(tmp.resolve("jmp-" + Integer.MAX_VALUE + "-1-5"));
        Files.writeString(dead.resolve("control.sock"), "");
        Path reusedPid = Files.createDirectory(tmp.resolve("jmp-" + ProcessHandle.current().pid() + "-1-6"));
        Path alive = Files.createDirectory(tmp.resolve("jmp-" + ProcessIdentity.current().tag() + "-7"));
        Path unrelated = Files.createDirectory(tmp.resolve("jmp-notes"));
        ControlDirectory.sweep(tmp);
        assertFalse(Files.exists(dead));
        assertFalse(Files.exists(reusedPid), "same pid, other start time: its owner is dead");
        assertTrue(Files.exists(alive));
        assertTrue(Files.exists(unrelated));
    }

    @Test
    void aDirectoryWhoseSocketStillAcceptsIsNotSwept(@TempDir Path tmp) throws Exception {
        Path named = Files.createDirectory(tmp.resolve("jmp-" + Integer.MAX_VALUE + "-1-5"));
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(named.resolve("control.sock")));
            ControlDirectory.sweep(tmp);
            assertTrue(Files.exists(named), "a live server, whatever its directory's name says");
        }
    }
}
