package dev.jmp.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateDirectoryTest {

    @Test
    void ownerIsParsedFromTheDirectoryName() {
        assertEquals(Optional.of(new ProcessIdentity(123, 1700000000000L)),
                PrivateDirectory.ownerOf("jmp-123-1700000000000-98765"));
        assertEquals(Optional.empty(), PrivateDirectory.ownerOf("jmp-garbage"));
        assertEquals(Optional.empty(), PrivateDirectory.ownerOf("other-1-2-3"));
    }

    @Test
    void sweepRemovesDirectoriesOfDeadRuntimesOnly(@TempDir Path tmp) throws Exception {
        Path dead = Files.createDirectory(tmp.resolve("jmp-" + Integer.MAX_VALUE + "-1-5"));
        Files.writeString(dead.resolve("control.sock"), "");
        Path reusedPid = Files.createDirectory(tmp.resolve("jmp-" + ProcessHandle.current().pid() + "-1-6"));
        Path alive = Files.createDirectory(tmp.resolve("jmp-" + ProcessIdentity.current().tag() + "-7"));
        Path unrelated = Files.createDirectory(tmp.resolve("jmp-notes"));
        PrivateDirectory.sweep(tmp);
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
            PrivateDirectory.sweep(tmp);
            assertTrue(Files.exists(named), "a live server, whatever its directory's name says");
        }
    }

    @Test
    void aManagersSocketThatStillAcceptsKeepsItsDirectoryToo(@TempDir Path tmp) throws Exception {
        Path named = Files.createDirectory(tmp.resolve("jmp-" + Integer.MAX_VALUE + "-1-6"));
        Files.createFile(named.resolve("control.sock"));
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(named.resolve("mgr-1.sock")));
            PrivateDirectory.sweep(tmp);
            assertTrue(Files.exists(named), "a manager's server still serves from it");
        }
        PrivateDirectory.sweep(tmp);
        assertFalse(Files.exists(named), "nobody listens any more and its owner is dead");
    }
}
