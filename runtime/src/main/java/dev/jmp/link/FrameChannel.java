package dev.jmp.link;

import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.wire.FrameFormat;
import dev.jmp.wire.FrameHeader;
import dev.jmp.wire.FrameReader;
import dev.jmp.wire.FrameTooLongException;
import dev.jmp.wire.FrameWriter;
import dev.jmp.wire.WireVersionException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.ByteChannel;

/**
 * {@link Frame}s over a blocking byte channel, each after the wire kit's {@link FrameHeader}
 * whose type is the frame's tag. Writes are atomic per frame (any thread); reads belong to one
 * thread, which may raise the limit between two reads: a frame longer than the limit is refused
 * from its header before anything is allocated, and one of another protocol version too.
 */
public final class FrameChannel implements AutoCloseable {

    private final ByteChannel channel;
    private final FrameReader reader;
    private final FrameWriter writer;
    private int maxFrame;

    /** @param peer the other end, as a version mismatch names it: {@code "the parent process"} */
    public FrameChannel(ByteChannel channel, int maxFrame, String peer) {
        this.channel = channel;
        this.reader = new FrameReader(channel, FrameFormat.JMP).buffer(64 << 10).peer(peer)
                .endOfStream("control channel closed by the other process",
                        "control channel closed by the other process in the middle of a frame");
        this.writer = new FrameWriter(channel);
        this.maxFrame = maxFrame;
    }

    public FrameChannel(ByteChannel channel, int maxFrame) {
        this(channel, maxFrame, "the other process");
    }

    /** Accepts frames of up to {@code bytes} from now on. */
    public void limit(int bytes) {
        maxFrame = bytes;
    }

    /** Sends one frame. */
    public void write(Frame frame) throws IOException {
        WireOutput out = FrameHeader.begin(frame.tag(), frame.sizeHint());
        frame.writeTo(out);
        FrameHeader.seal(out);
        writer.writeFrame(out.array(), out.size());
    }

    /**
     * Tells a peer whose frame was of another version which version this side speaks: a frame
     * with a header and nothing else, which its reader refuses with both versions named.
     */
    public void refuseVersion() throws IOException {
        writer.writeFrame(FrameHeader.frame(0, new byte[0]));
    }

    /**
     * Receives one frame, blocking until it is complete.
     *
     * @throws EOFException when the peer closed the channel, cleanly between frames or not
     * @throws WireVersionException when the peer speaks another protocol version
     * @throws WireFormatException when the bytes are not a frame
     */
    public Frame read() throws IOException {
        byte[] body;
        try {
            body = reader.read(maxFrame);
        } catch (FrameTooLongException e) {
            throw new WireFormatException("frame length " + e.length() + " outside 0.." + maxFrame);
        }
        int type = reader.type();
        if (type > Byte.MAX_VALUE) {
            throw new WireFormatException("unknown frame tag " + type);
        }
        return Frame.read((byte) type, new WireInput(body));
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
