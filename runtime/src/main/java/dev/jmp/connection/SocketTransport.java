package dev.jmp.connection;

import dev.jmp.AuthenticationException;
import dev.jmp.base.Deadline;
import dev.jmp.internal.WireOutput;
import dev.jmp.ring.RecordQueue;
import dev.jmp.wire.FrameFormat;
import dev.jmp.wire.FrameReader;
import dev.jmp.wire.FrameTooLongException;
import dev.jmp.wire.FrameWriter;
import dev.jmp.wire.Handshake;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * Messages over a TCP or Unix-domain socket, as Python frames them: a 4-byte big-endian length
 * ({@code -1}: a null element), then the bytes ({@link FrameFormat#LENGTH_PREFIXED}, read and
 * written by the wire kit's {@link FrameReader} and {@link FrameWriter}). The channel is non-blocking
 * and waits go through a selector, so every wait has a deadline and {@link #poll} costs no
 * thread. Before anything is decoded the two sides run the {@link Handshake}, which must finish
 * within {@link #HANDSHAKE_TIMEOUT}: a {@link Listener} runs its side on its own selector, a
 * {@link Client} here.
 */
final class SocketTransport implements Transport {

    static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);
    /** How the handshake reports failures, on both sides. */
    static final Handshake.Wording WORDING = new Handshake.Wording("the other side",
            "[jmp.connection.auth-refused] the other side refused this side's answer: the two sides use"
                    + " different authkeys",
            "[jmp.connection.auth-failed] the other side answered the challenge wrongly: it does not have"
                    + " this authkey; connection refused",
            "[jmp.connection.auth-protocol] the other side does not speak the jmp handshake",
            AuthenticationException::new);
    /** How a listener reports a client that did not finish the handshake in time; a detail is appended. */
    static final String TOO_SLOW = "[jmp.connection.auth-timeout] a client did not finish the handshake: it is not"
            + " a jmp Client, or is stuck";

    /** The read buffer: a message that fits is read with one call, or a few. */
    private static final int BUFFER = 64 << 10;

    private final SocketChannel channel;
    private final Selector selector;
    private final SelectionKey key;
    private final FrameReader frames;
    private final FrameWriter writer;

    SocketTransport(SocketChannel channel) throws IOException {
        this.channel = channel;
        channel.configureBlocking(false);
        this.selector = Selector.open();
        this.key = channel.register(selector, 0);
        this.frames = new FrameReader(channel, FrameFormat.LENGTH_PREFIXED).buffer(BUFFER)
                .readiness(deadline -> await(SelectionKey.OP_READ, deadline))
                .endOfStream("[jmp.connection.eof] the other side closed the connection",
                        "[jmp.connection.truncated] the other side closed the connection in the middle of a message");
        this.writer = new FrameWriter(channel, this::awaitWritable);
    }

    /** A copy of {@code authkey}, which must not be empty. */
    static byte[] checkedKey(byte[] authkey) {
        if (authkey == null || authkey.length == 0) {
            throw new IllegalArgumentException("[jmp.connection.no-authkey] an authkey is required: connections"
                    + " are authenticated before anything is decoded; pass the same secret bytes to both sides");
        }
        return authkey.clone();
    }

    /**
     * Authenticates a socket connected to a listener both ways, the listener's challenge first,
     * and returns its transport; closes the socket if that fails.
     *
     * @throws AuthenticationException when either side does not prove it has the authkey
     */
    static SocketTransport authenticate(SocketChannel channel, byte[] authkey) throws IOException {
        SocketTransport transport = null;
        try {
            transport = new SocketTransport(channel);
            Handshake.authenticate(transport.handshakeChannel(), authkey, WORDING, false);
            return transport;
        } catch (IOException | RuntimeException e) {
            try {
                if (transport != null) {
                    transport.close();
                }
                channel.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** This transport as the handshake uses it, with its deadline. */
    private Handshake.Channel handshakeChannel() {
        Deadline deadline = Deadline.after(HANDSHAKE_TIMEOUT);
        return new Handshake.Channel() {
            @Override
            public void send(byte[] message) throws IOException {
                SocketTransport.this.send(message);
            }

            @Override
            public byte[] receive(int maxLength) throws IOException {
                byte[] message;
                try {
                    message = frames.read(deadline, maxLength);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted during the handshake");
                }
                if (message == null) {
                    throw new AuthenticationException("[jmp.connection.auth-timeout] the handshake did not finish"
                            + " within " + HANDSHAKE_TIMEOUT.toSeconds() + " s; the other side is not a jmp Listener,"
                            + " or is stuck");
                }
                return message;
            }
        };
    }

    @Override
    public void send(byte[] message) throws IOException {
        writer.writeMessage(message);
    }

    private void awaitWritable() throws IOException {
        try {
            await(SelectionKey.OP_WRITE, Deadline.NONE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the other side was not reading");
        }
    }

    @Override
    public byte[] receive(Duration timeout, int maxLength) throws IOException, InterruptedException {
        byte[] message;
        try {
            message = frames.read(Deadline.after(timeout), maxLength);
        } catch (FrameTooLongException e) {
            throw new MessageTooLongException(e.length(), maxLength);
        }
        return message == FrameReader.NULL_MESSAGE ? RecordQueue.NULL_RECORD : message;
    }

    @Override
    public boolean poll(Duration timeout) throws IOException, InterruptedException {
        return frames.poll(Deadline.after(timeout));
    }

    /** Waits for {@code ops} until the deadline; returns whether the channel is ready. */
    private boolean await(int ops, Deadline deadline) throws IOException, InterruptedException {
        key.interestOps(ops);
        long left = deadline.isNone() ? 0 : deadline.remainingNanos() / 1_000_000;
        if (!deadline.isNone() && left <= 0) {
            selector.selectNow();
        } else {
            selector.select(left);
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        boolean ready = !selector.selectedKeys().isEmpty();
        selector.selectedKeys().clear();
        return ready || deadline.isNone() || !deadline.hasPassed();
    }

    @Override
    public boolean readable() {
        return true;
    }

    @Override
    public boolean writable() {
        return true;
    }

    @Override
    public void writeHandle(WireOutput out) {
        throw new IllegalStateException("[jmp.connection.not-shareable] a connection from a Listener or Client"
                + " is this process's socket and cannot be passed to another process; pass a Pipe end,"
                + " or connect with Client in that process");
    }

    @Override
    public void close() throws IOException {
        try {
            selector.close();
        } finally {
            channel.close();
        }
    }

    @Override
    public String toString() {
        try {
            return "socket " + channel.getLocalAddress() + " <-> " + channel.getRemoteAddress();
        } catch (IOException e) {
            return "socket (closed)";
        }
    }
}
