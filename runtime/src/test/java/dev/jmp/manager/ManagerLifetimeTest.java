package dev.jmp.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.Deadline;
import dev.jmp.manager.wire.Endpoint;
import dev.jmp.testing.JavaProgram;
import dev.jmp.testing.NoLeftovers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A manager's server lives no longer than its owner, and leaves nothing behind. */
@ExtendWith(NoLeftovers.class)
class ManagerLifetimeTest {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    private static boolean gone(long pid) {
        return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
    }

    @Test
    void aProgramThatEndsWithoutClosingItsManagerShutsItDownAtExit() throws Exception {
        try (JavaProgram program = JavaProgram.start(List.of(), ManagerProgram.class, "exit")) {
            long server = Long.parseLong(program.awaitLine("server ", LIMIT));
            assertEquals(0, program.awaitExit(LIMIT), program.err());
            assertTrue(Deadline.await(LIMIT, () -> gone(server)), "the server outlived its owner");
            assertFalse(program.err().contains("[jmp]"), "no death report: " + program.err());
        }
    }

    @Test
    void aKilledOwnerTakesItsManagerAlong() throws Exception {
        try (JavaProgram program = JavaProgram.start(List.of(), ManagerProgram.class, "hang")) {
            long server = Long.parseLong(program.awaitLine("server ", LIMIT));
            program.process().destroyForcibly();
            assertTrue(Deadline.await(LIMIT, () -> gone(server)), "the server outlived its killed owner");
        }
    }

    @Test
    void closingRemovesTheSocket() throws Exception {
        Path socket;
        try (SyncManager manager = Manager.start()) {
            socket = new Endpoint(manager.address()).socket();
            assertTrue(Files.exists(socket));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())),
                    "the socket lives in a private directory");
        }
        assertFalse(Files.exists(socket));
        String name = socket.getFileName().toString().replace(".sock", "");
        try (var files = Files.list(socket.getParent())) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(name + ".")), "no ready file left");
        }
    }
}
