package dev.jmp.manager.client;

import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.ChannelTimeouts;
import dev.jmp.manager.wire.Endpoint;
import dev.jmp.manager.wire.FramedChannel;
import dev.jmp.manager.wire.Frames;
import dev.jmp.manager.wire.ManagerCalls;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Future;

/** One authenticated connection to a manager, used by one thread at a time for round trips. */
final class Connection implements Closeable {

    /** A server that accepts but does not finish the handshake in time is treated as unreachable. */
    private static final Duration HANDSHAKE_LIMIT = Duration.ofSeconds(30);

    private final FramedChannel channel;

    private Connection(FramedChannel channel) {
        this.channel = channel;
    }

    /**
     * Connects and authenticates.
     *
     * @param serverId the server expected there, or 0 to accept whichever answers
     * @return the connection and, through {@code seen}, the server id that answered
     */
    static Connection open(Endpoint endpoint, byte[] key, long serverId, String where, long[] seen, boolean anchor)
            throws IOException {
        FramedChannel channel = new FramedChannel(endpoint.connect(), Frames.MIN_MAX_FRAME); // join() adopts the server's
        Future<?> limit = ChannelTimeouts.closeAfter(HANDSHAKE_LIMIT, channel);
        try {
            long id = channel.join(key, where, LocalManager.api()::unauthenticated);
            if (serverId != 0 && id != serverId) {
                throw new IOException("another manager now listens at " + endpoint + "; the one the proxy belongs to"
                        + " has shut down");
            }
            seen[0] = id;
            Connection connection = new Connection(channel);
            connection.hello(anchor);
            return connection;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        } finally {
            limit.cancel(false);
        }
    }

    /** Names this process to the server: its token, and whether this connection is its anchor. */
    private void hello(boolean anchor) throws IOException {
        WireOutput out = Frames.request(0, ManagerCalls.HELLO);
        out.writeLong(Owners.process());
        out.writeBoolean(anchor);
        byte[] reply = roundTrip(Frames.finish(out));
        if (reply.length == 0 || reply[0] != Frames.OK) {
            throw new IOException("the manager refused this process's HELLO; is it running another version of jmp?");
        }
    }

    /**
     * Sends a request frame and returns the reply's body. A reply that hands this process
     * something is acknowledged at once, and only then returned (as an {@link Frames#OK} one): if
     * the acknowledgement cannot be sent (the thread was interrupted, which closes the channel),
     * the server takes back what it handed out, and the call fails here.
     */
    byte[] roundTrip(byte[] request) throws IOException {
        channel.send(request);
        byte[] reply = channel.receive(Frames.REPLY);
        if (reply[0] == Frames.GRANTED) {
            channel.send(Frames.acknowledgement());
            reply[0] = Frames.OK;
        }
        return reply;
    }

    /** The largest request the server accepts, and the largest reply it sends. */
    int maxFrame() {
        return channel.maxFrame();
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // the server sees EOF either way
        }
    }
}
