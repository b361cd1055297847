package dev.jmp.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Process;
import dev.jmp.shm.ChildJvm;
import dev.jmp.shm.Handles;
import dev.jmp.shm.SharedMemoryIsolation;
import dev.jmp.testing.ScriptEntry;
import java.io.EOFException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedMemoryIsolation.class)
class CrossProcessPipeTest {

    private static final Duration CHILD_LIMIT = Duration.ofSeconds(120);

    @Test
    void aChildEchoesEveryMessageInOrder() throws Exception {
        try (Pipe<String> pipe = Pipe.create(String.class)) {
            ChildJvm echo = ChildJvm.start(PipeChild.class, "echo", Handles.encode(pipe.second()));
            for (int i = 0; i < 2_000; i++) {
                pipe.first().send("message " + i);
                assertEquals("message " + i, pipe.first().recv());
            }
            pipe.first().send(null);
            assertEquals(0, echo.awaitExit(CHILD_LIMIT), echo::output);
            assertThrows(EOFException.class, () -> pipe.first().recv(), "the child's end closed when it exited");
        }
    }

    @Test
    void aChildThatSendsAndClosesGivesItsMessageThenEndOfFile() throws Exception {
        try (Pipe<String> pipe = Pipe.create(String.class)) {
            ChildJvm child = ChildJvm.start(PipeChild.class, "send-and-close", Handles.encode(pipe.second()), "hello");
            pipe.second().close(); // Python's habit; harmless here
            assertEquals("hello", pipe.first().recv());
            assertThrows(EOFException.class, () -> pipe.first().recv());
            assertEquals(0, child.awaitExit(CHILD_LIMIT), child::output);
        }
    }

    @Test
    void aChildThatExitsWithoutClosingStillEndsTheReadersWait() throws Exception {
        try (Pipe<String> pipe = Pipe.create(String.class)) {
            ChildJvm child = ChildJvm.start(PipeChild.class, "send-and-exit", Handles.encode(pipe.second()), "bye");
            assertEquals("bye", pipe.first().recv());
            assertEquals(0, child.awaitExit(CHILD_LIMIT), child::output);
            assertThrows(EOFException.class, () -> pipe.first().recv());
        }
    }

    @Test
    void aKilledPeerGivesEndOfFileNotAHang() throws Exception {
        try (Pipe<String> pipe = Pipe.create(String.class)) {
            ChildJvm child = ChildJvm.start(PipeChild.class, "send-and-hang", Handles.encode(pipe.second()), "alive");
            assertEquals("alive", pipe.first().recv());
            child.kill();
            assertThrows(EOFException.class, () -> pipe.first().recv());
        }
    }

    @Test
    void waitCoversConnectionsAndProcessSentinels() throws Exception {
        try (Pipe<String> pipe = Pipe.create(String.class)) {
            Process p = new Process(ScriptEntry.task("sleep:100"));
            p.start();
            List<Object> ready = Connection.wait(List.of(pipe.first(), p.sentinel()), CHILD_LIMIT);
            assertEquals(List.of(p.sentinel()), ready);
            p.join();
            assertTrue(p.sentinel().isDone());
            assertEquals(p, p.sentinel().get());
        }
    }
}
