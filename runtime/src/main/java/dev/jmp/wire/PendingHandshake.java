package dev.jmp.wire;

import dev.jmp.base.Deadline;
import dev.jmp.internal.WireFormatException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.List;

/**
 * One connection a {@link HandshakeGate} is authenticating: its {@link Handshake}, the reader of
 * its frames and what it has still to write. Frames are read {@link FrameReader#exact() exactly},
 * so nothing the peer sends after the handshake is consumed here.
 */
final class PendingHandshake {

    private final SocketChannel channel;
    private final SelectionKey key;
    private final Handshake handshake;
    private final Deadline deadline;
    private final FrameFormat format;
    private final FrameReader frames;
    private final ArrayDeque<ByteBuffer> unsent = new ArrayDeque<>();

    PendingHandshake(SocketChannel channel, Selector selector, Handshake handshake, Deadline deadline, FrameFormat format)
            throws IOException {
        this.channel = channel;
        this.handshake = handshake;
        this.deadline = deadline;
        this.format = format;
        this.frames = new FrameReader(channel, format).buffer(Handshake.MAX_MESSAGE + FrameHeader.LENGTH).readiness(FrameReader.NOW).exact();
        channel.configureBlocking(false);
        this.key = channel.register(selector, 0, this);
        queue(handshake.outgoing());
        interest();
    }

    SocketChannel channel() {
        return channel;
    }

    /** When the handshake must be done by. */
    Deadline deadline() {
        return deadline;
    }

    Handshake handshake() {
        return handshake;
    }

    /**
     * Moves the handshake on as far as the socket allows without waiting; whether it is done, its
     * last message written.
     *
     * @throws RuntimeException the wording's failure, when the peer failed it; a verdict was sent if the socket took it
     */
    boolean step() throws IOException {
        flush();
        while (unsent.isEmpty() && !handshake.done()) {
            byte[] message = read();
            if (message == null) {
                break;
            }
            try {
                handshake.received(message);
            } catch (RuntimeException e) {
                queue(handshake.outgoing());
                flush(); // the #FAILURE# verdict, if the socket takes it now
                throw e;
            }
            queue(handshake.outgoing());
            flush();
        }
        interest();
        return handshake.done() && unsent.isEmpty();
    }

    /** The next whole message, or null if the socket has no more for now. */
    private byte[] read() throws IOException {
        try {
            return frames.read(Deadline.NONE, Handshake.MAX_MESSAGE);
        } catch (FrameTooLongException | WireFormatException e) {
            throw handshake.broken("a handshake message was too long (" + e.getMessage() + ")");
        } catch (WireVersionException e) {
            throw handshake.versionMismatch(e.theirs());
        } catch (EOFException e) {
            throw handshake.broken("it closed the connection during the handshake");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // NOW never waits; kept for the contract
            return null;
        }
    }

    private void queue(List<byte[]> messages) {
        for (byte[] message : messages) {
            unsent.add(ByteBuffer.wrap(format.frame(Handshake.FRAME_TYPE, message)));
        }
    }

    private void flush() throws IOException {
        while (!unsent.isEmpty()) {
            channel.write(unsent.peek());
            if (unsent.peek().hasRemaining()) {
                return;
            }
            unsent.poll();
        }
    }

    private void interest() {
        key.interestOps(!unsent.isEmpty() ? SelectionKey.OP_WRITE : handshake.done() ? 0 : SelectionKey.OP_READ);
    }

    /** Leaves the gate's selector; the channel is the caller's now. */
    void release() {
        key.cancel();
    }

    void close() {
        key.cancel();
        try {
            channel.close();
        } catch (IOException e) {
            // a peer that failed the handshake: nothing more to tell it
        }
    }
}
