package dev.jmp.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jmp.internal.TaskCall;
import dev.jmp.internal.WireFormatException;
import dev.jmp.wire.FrameHeader;
import dev.jmp.wire.WireProtocol;
import dev.jmp.wire.WireVersionException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import org.junit.jupiter.api.Test;

class FrameChannelTest {

    /** A byte channel reading {@code input} and writing into {@code output}. */
    private static ByteChannel pipe(byte[] input, ByteArrayOutputStream output) {
        ReadableByteChannel in = Channels.newChannel(new ByteArrayInputStream(input));
        WritableByteChannel out = Channels.newChannel(output);
        return new ByteChannel() {
            public int read(ByteBuffer dst) throws java.io.IOException { return in.read(dst); }
            public int write(ByteBuffer src) throws java.io.IOException { return out.write(src); }
            public boolean isOpen() { return true; }
            public void close() {}
        };
    }

    private static Frame roundTrip(Frame frame) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new FrameChannel(pipe(new byte[0], bytes), 1 << 20).write(frame);
        return new FrameChannel(pipe(bytes.toByteArray(), new ByteArrayOutputStream()), 1 << 20).read();
    }

    @Test
    void everyFrameRoundTrips() throws Exception {
        assertEquals(new Hello("abc", 42), roundTrip(new Hello("abc", 42)));
        assertEquals(new Goodbye(3), roundTrip(new Goodbye(3)));
        assertEquals(new Exiting(15), roundTrip(new Exiting(15)));
        Assign assign = (Assign) roundTrip(new Assign("Process-1", true, "MainProcess",
                new TaskCall("a.B_c_Entry", new byte[] {1, 2, 3}, "B.c")));
        assertEquals("Process-1", assign.processName());
        assertEquals(true, assign.daemon());
        assertEquals("a.B_c_Entry", assign.task().entryClass());
        assertArrayEquals(new byte[] {1, 2, 3}, assign.task().arguments());
    }

    @Test
    void aChildOfAnotherVersionIsRefusedAndLearnsOurs() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new FrameChannel(pipe(new byte[0], bytes), 1 << 20).write(new Hello("abc", 42));
        byte[] hello = bytes.toByteArray();
        hello[FrameHeader.VERSION_OFFSET] = (byte) (WireProtocol.VERSION + 1);
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        FrameChannel parent = new FrameChannel(pipe(hello, answer), 1 << 20, "a child process");
        WireVersionException e = assertThrows(WireVersionException.class, parent::read);
        assertEquals("[jmp.wire.version] a child process speaks jmp wire protocol " + (WireProtocol.VERSION + 1)
                + ", this process speaks " + WireProtocol.VERSION + "; run both with the same jmp release", e.getMessage());

        parent.refuseVersion();
        byte[] refusal = answer.toByteArray();
        assertEquals(WireProtocol.VERSION, refusal[FrameHeader.VERSION_OFFSET], "the refusal carries this side's version");
        assertEquals(FrameHeader.LENGTH, refusal.length, "a header and nothing else");
    }

    @Test
    void garbageIsRefusedBeforeAnythingIsAllocated() {
        byte[] huge = {0x7f, 0, 0, 0, 1};
        assertThrows(WireFormatException.class,
                () -> new FrameChannel(pipe(huge, new ByteArrayOutputStream()), 1024).read());
        byte[] unknownTag = {0, 0, 0, 0, WireProtocol.VERSION, 0, 0, 99};
        assertThrows(WireFormatException.class,
                () -> new FrameChannel(pipe(unknownTag, new ByteArrayOutputStream()), 1024).read());
        byte[] truncatedHello = {0, 0, 0, 4, WireProtocol.VERSION, 0, 0, 1, 0, 0, 0, 9};
        assertThrows(WireFormatException.class,
                () -> new FrameChannel(pipe(truncatedHello, new ByteArrayOutputStream()), 1024).read());
    }

    @Test
    void closedChannelIsEndOfFile() {
        assertThrows(EOFException.class,
                () -> new FrameChannel(pipe(new byte[] {0, 0}, new ByteArrayOutputStream()), 1024).read());
    }
}
