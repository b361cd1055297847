package dev.jmp.link;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.List;

/**
 * One connection a {@link HandshakeGate} is authenticating: its {@link Handshake}, the frame it
 * is reading and what it has still to write. Frames are read exactly (the header, then as many
 * bytes as it announced), so nothing the peer sends after the handshake is consumed here.
 */
final class PendingHandshake {

    private final SocketChannel channel;
    private final SelectionKey key;
    private final Handshake handshake;
    private final long deadline;
    private final ByteBuffer header = ByteBuffer.allocate(4);
    private final ArrayDeque<ByteBuffer> unsent = new ArrayDeque<>();
    private ByteBuffer body;

    PendingHandshake(SocketChannel channel, Selector selector, Handshake handshake, long deadline) throws IOException {
        this.channel = channel;
        this.handshake = handshake;
        this.deadline = deadline;
        channel.configureBlocking(false);
        this.key = channel.register(selector, 0, this);
        queue(handshake.outgoing());
        interest();
    }

    SocketChannel channel() {
        return channel;
    }

    /** The {@link System#nanoTime()} by which the handshake must be done. */
    long deadline() {
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
        if (body == null) {
            if (!fill(header)) {
                return null;
            }
            int length = header.flip().getInt();
            if (length < 1 || length > Handshake.MAX_MESSAGE) {
                throw handshake.broken("a handshake message was too long (a frame of " + length + " bytes where at most "
                        + Handshake.MAX_MESSAGE + " are allowed)");
            }
            body = ByteBuffer.allocate(length);
        }
        if (!fill(body)) {
            return null;
        }
        byte[] message = body.array();
        body = null;
        header.clear();
        return message;
    }

    private boolean fill(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer);
            if (n < 0) {
                throw handshake.broken("it closed the connection during the handshake");
            }
            if (n == 0) {
                return false;
            }
        }
        return true;
    }

    private void queue(List<byte[]> messages) {
        for (byte[] message : messages) {
            unsent.add(ByteBuffer.allocate(4 + message.length).putInt(message.length).put(message).flip());
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
