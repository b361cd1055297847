package dev.jmp.manager.server;

import dev.jmp.AuthenticationException;
import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.ChannelTimeouts;
import dev.jmp.manager.wire.FramedChannel;
import dev.jmp.manager.wire.Frames;
import dev.jmp.manager.wire.RemoteFailure;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.Future;

/**
 * One client connection: the handshake, then requests and replies until the client goes away.
 * Whatever goes wrong here ends this connection only. Before the handshake succeeds nothing the
 * peer sent is decoded; after it, a frame that does not decode is answered with a failure (the
 * length prefix keeps the stream in step), and only a frame length that is garbage closes it.
 */
final class ServerConnection implements Runnable {

    /** A peer that connects and does not finish the handshake in time is dropped. */
    private static final Duration HANDSHAKE_LIMIT = Duration.ofSeconds(10);

    private final ManagerServer server;
    private final FramedChannel channel;
    private final CallContext context;

    ServerConnection(ManagerServer server, SocketChannel socket) {
        this.server = server;
        this.channel = new FramedChannel(socket, Frames.MAX_REQUEST);
        this.context = new CallContext(server.sharing(), server.objects());
    }

    @Override
    public void run() {
        if (!server.track(channel)) {
            closeQuietly();
            return;
        }
        try (channel) {
            Future<?> limit = ChannelTimeouts.closeAfter(HANDSHAKE_LIMIT, channel);
            channel.serve(server.authkey(), server.serverId());
            limit.cancel(false);
            serve();
        } catch (IOException | WireFormatException | AuthenticationException e) {
            // the client left, sent garbage or did not know the key: this connection ends, nothing else does
        } finally {
            server.forget(channel);
            if (context.anchor()) {
                server.processGone(context.process());
            }
        }
    }

    private void serve() throws IOException {
        while (true) {
            WireInput in = new WireInput(channel.receive());
            WireOutput reply = Frames.reply(Frames.OK);
            context.reset();
            try {
                long objectId = in.readLong();
                int method = in.readInt();
                if (objectId == 0) {
                    server.managerOps().call(method, in, reply, context);
                } else {
                    server.objects().get(objectId).call(method, in, reply, context);
                }
            } catch (Throwable t) {
                context.failed();
                reply = Frames.reply(Frames.FAILED);
                RemoteFailure.of(t).write(reply);
            }
            try {
                channel.send(Frames.finish(reply));
            } catch (IOException e) {
                context.replyLost();
                throw e;
            }
            if (context.shutdownRequested()) {
                server.shutdown();
                return;
            }
        }
    }

    private void closeQuietly() {
        try {
            channel.close();
        } catch (IOException e) {
            // already gone
        }
    }
}
