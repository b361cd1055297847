package dev.jmp.connection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.shm.SharedMemoryIsolation;
import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedMemoryIsolation.class)
class PipeTest {

    record Point(int x, int y, String label) {}

    @Test
    void objectsAndBytesTravelBothWaysAsWholeMessages() throws Exception {
        try (Pipe<Point> pipe = Pipe.create(Point.class)) {
            Connection<Point> a = pipe.first();
            Connection<Point> b = pipe.second();
            a.send(new Point(1, 2, "p"));
            a.send(null);
            a.sendBytes(new byte[] {9, 8, 7, 6}, 1, 2);
            assertEquals(new Point(1, 2, "p"), b.recv());
            assertNull(b.recv());
            assertArrayEquals(new byte[] {8, 7}, b.recvBytes());
            b.sendBytes(new byte[] {1, 2, 3});
            b.sendBytes(new byte[] {4, 5, 6, 7});
            byte[] buffer = new byte[5];
            assertEquals(3, a.recvBytesInto(buffer, 1));
            assertArrayEquals(new byte[] {0, 1, 2, 3, 0}, buffer);
            BufferTooShortException tooShort = assertThrows(BufferTooShortException.class,
                    () -> a.recvBytesInto(new byte[3]));
            assertEquals(4, tooShort.length());
            assertTrue(tooShort.getMessage().startsWith("[jmp.connection.buffer-too-short]"), tooShort.getMessage());
            assertTrue(a.poll(), "the message that did not fit is still to be received");
            assertEquals(4, a.recvBytesInto(new byte[4]));
            b.sendBytes(new byte[10]);
            IOException tooLong = assertThrows(IOException.class, () -> a.recvBytes(9));
            assertTrue(tooLong.getMessage().startsWith("[jmp.connection.too-long]"), tooLong.getMessage());
            assertEquals(10, a.recvBytes(10).length, "the message refused is received next");
        }
    }

    /**
     * Python's bytes of a sent {@code None} are the pickle of {@code None}: echoed with
     * {@code send_bytes}, they arrive as {@code None} again, never as the empty message.
     */
    @Test
    void aNullMessageAndAnEmptyOneStayDistinctThroughABytesRoundTrip() throws Exception {
        try (Pipe<String> pipe = Pipe.create(String.class)) {
            Connection<String> a = pipe.first();
            Connection<String> b = pipe.second();
            a.send(null);
            a.send("");
            byte[] nothing = b.recvBytes();
            byte[] empty = b.recvBytes();
            assertNull(nothing);
            assertArrayEquals(new byte[0], empty);
            b.sendBytes(nothing);
            b.sendBytes(empty);
            assertNull(a.recv(), "the echoed null message is null again");
            assertEquals("", a.recv(), "the echoed empty message is the empty string again");
            a.send(null);
            a.sendBytes(new byte[0]);
            assertEquals(-1, b.recvBytesInto(new byte[4]), "the null message has no length");
            assertEquals(0, b.recvBytesInto(new byte[4]));
            a.send(null);
            assertNull(b.recvBytes(10));
        }
    }

    @Test
    void pollWaitsAtMostItsTimeout() throws Exception {
        try (Pipe<String> pipe = Pipe.create(String.class)) {
            assertFalse(pipe.first().poll());
            assertFalse(pipe.first().poll(Duration.ofMillis(30)));
            pipe.second().send("x");
            assertTrue(pipe.first().poll(Duration.ofSeconds(5)));
            assertEquals("x", pipe.first().recv());
        }
    }

    @Test
    void aOneWayPipeReceivesOnTheFirstEndOnly() throws Exception {
        try (Pipe<String> pipe = Pipe.create(String.class, false)) {
            assertTrue(pipe.first().readable());
            assertFalse(pipe.first().writable());
            assertFalse(pipe.second().readable());
            pipe.second().send("one way");
            assertEquals("one way", pipe.first().recv());
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> pipe.first().send("back"));
            assertTrue(e.getMessage().startsWith("[jmp.connection.read-only]"), e.getMessage());
            assertThrows(IllegalStateException.class, () -> pipe.second().recv());
        }
    }

    @Test
    void afterTheOtherEndClosesItsMessagesArriveThenEndOfFile() throws Exception {
        Pipe<String> pipe = Pipe.create(String.class);
        pipe.second().send("last words");
        pipe.second().close();
        assertTrue(pipe.first().poll());
        assertEquals("last words", pipe.first().recv());
        EOFException eof = assertThrows(EOFException.class, () -> pipe.first().recv());
        assertTrue(eof.getMessage().startsWith("[jmp.connection.eof]"), eof.getMessage());
        assertTrue(pipe.first().poll(), "end of file counts as ready");
        IOException broken = assertThrows(IOException.class, () -> pipe.first().send("anyone?"));
        assertTrue(broken.getMessage().startsWith("[jmp.connection.peer-closed]"), broken.getMessage());
        pipe.first().close();
        IllegalStateException closed = assertThrows(IllegalStateException.class, () -> pipe.first().recv());
        assertTrue(closed.getMessage().startsWith("[jmp.connection.closed]"), closed.getMessage());
    }

    @Test
    void waitReturnsTheReadyConnectionsAndFutures() throws Exception {
        try (Pipe<Integer> one = Pipe.create(Integer.class); Pipe<Integer> two = Pipe.create(Integer.class)) {
            CompletableFuture<String> sentinel = new CompletableFuture<>();
            List<Object> all = List.of(one.first(), two.first(), sentinel);
            assertEquals(List.of(), Connection.wait(all, Duration.ofMillis(20)));
            two.second().send(2);
            assertEquals(List.of(two.first()), Connection.wait(all, Duration.ofSeconds(5)));
            sentinel.complete("exited");
            assertEquals(List.of(two.first(), sentinel), Connection.wait(all, null));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Connection.wait(List.of("not waitable"), Duration.ZERO));
            assertTrue(e.getMessage().startsWith("[jmp.connection.not-waitable]"), e.getMessage());
        }
    }
}
