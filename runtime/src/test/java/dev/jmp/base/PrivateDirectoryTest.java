package dev.jmp.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateDirectoryTest {

    private static final int FILES = 200;

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

    /**
     * At exit others still work in the directory while it is removed: the exit callbacks of
     * children that just ended remove their files, an orphaned child may remove it too, a child
     * may make a file. The removal goes on past an entry that vanishes and lists again when one
     * appears; the directory is gone when it returns. Each round races anew.
     */
    @Test
    void removalGoesOnWhileOthersRemoveAndMakeFilesInIt(@TempDir Path tmp) throws Exception {
        for (int round = 0; round < 20; round++) {
            Path dir = Files.createDirectory(tmp.resolve("jmp-round-" + round));
            for (int i = 0; i < FILES; i++) {
                Files.createFile(dir.resolve("f" + i));
            }
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger steps = new AtomicInteger();
            Thread others = new Thread(() -> churn(dir, stop, steps), "others");
            others.start();
            assertTrue(Deadline.await(Duration.ofSeconds(60), () -> steps.get() >= 10), "the others never began");
            PrivateDirectory.deleteOf(dir);
            boolean gone = !Files.exists(dir);
            stop.set(true);
            others.join();
            if (!gone) {
                fail("round " + round + " left the directory with " + listing(dir));
            }
        }
    }

    /** Removes the files one by one, and makes and removes one of its own each time, until stopped or the directory is gone. */
    private static void churn(Path dir, AtomicBoolean stop, AtomicInteger steps) {
        for (int i = 0; !stop.get(); i++) {
            try {
                Files.deleteIfExists(dir.resolve("f" + (i % FILES)));
                Files.delete(Files.createFile(dir.resolve("g" + i)));
            } catch (IOException e) {
                if (!Files.isDirectory(dir)) {
                    return;
                }
            }
            steps.incrementAndGet();
        }
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
