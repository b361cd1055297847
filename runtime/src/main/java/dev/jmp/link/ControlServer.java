package dev.jmp.link;

import dev.jmp.base.PrivateDirectory;
import dev.jmp.base.ShutdownSequence;
import dev.jmp.wire.WireVersionException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parent's end of every control channel: a Unix domain socket in this runtime's
 * {@link PrivateDirectory} (mode 0700). A child connects and must first send a
 * {@link Hello} carrying the token it was given in its environment; until then nothing else it
 * sends is read. One server per JVM, started on first use.
 */
public final class ControlServer {

    /** A hello is a token and a pid; anything bigger is not a hello. */
    private static final int MAX_HELLO = 1024;
    /** Later frames carry task arguments and results. */
    private static final int MAX_FRAME = 1 << 30;

    private static volatile ControlServer instance;

    private static final String SOCKET = "control.sock";

    private final Path socket;
    private final ServerSocketChannel server;
    private final Map<String, LinkListener> expected = new ConcurrentHashMap<>();

    private ControlServer(Path socket, ServerSocketChannel server) {
        this.socket = socket;
        this.server = server;
    }

    /** The JVM's server, started on first call. */
    public static ControlServer get() {
        ControlServer s = instance;
        if (s == null) {
            synchronized (ControlServer.class) {
                s = instance;
                if (s == null) {
                    s = start();
                    instance = s;
                }
            }
        }
        return s;
    }

    private static ControlServer start() {
        Path socket = PrivateDirectory.get().resolve(SOCKET);
        try {
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            ControlServer control = new ControlServer(socket, server);
            // A thread blocked in accept() is "in native" and delays JVM exit by ~300 ms.
            ShutdownSequence.add(ShutdownSequence.Phase.RESOURCES, control::close);
            Thread acceptor = new Thread(control::acceptLoop, "jmp-control-accept");
            acceptor.setDaemon(true);
            acceptor.start();
            return control;
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on the control socket " + socket
                    + ": " + e.getMessage(), e);
        }
    }

    private void close() {
        try {
            server.close();
        } catch (IOException e) {
            // exiting anyway
        }
    }

    /** The socket children connect to. */
    public Path socket() {
        return socket;
    }

    /** A fresh token; the child that presents it is handed to {@code listener}. */
    public String expect(LinkListener listener) {
        String token = Tokens.next();
        expected.put(token, listener);
        return token;
    }

    /** Forgets a token whose child will never connect (it failed to start or died). */
    public void cancel(String token) {
        expected.remove(token);
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel channel = server.accept();
                Thread reader = new Thread(() -> serve(channel), "jmp-control-link");
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                return; // closed at shutdown
            }
        }
    }

    private void serve(SocketChannel socket) {
        LinkListener listener = null;
        try (FrameChannel channel = new FrameChannel(socket, MAX_HELLO, "a child process")) {
            Frame first;
            try {
                first = channel.read();
            } catch (WireVersionException e) {
                channel.refuseVersion(); // the child fails with both versions named
                return;
            }
            if (!(first instanceof Hello h) || (listener = claim(h.token())) == null) {
                return; // not one of our children: close without a word
            }
            channel.limit(MAX_FRAME);
            Frame answer = listener.connected(h, channel);
            if (answer != null) {
                channel.write(answer);
            }
            while (true) {
                listener.received(channel.read());
            }
        } catch (IOException | RuntimeException e) {
            // EOF is the normal end; anything else ends this channel only
        } finally {
            if (listener != null) {
                listener.closed();
            }
        }
    }

    /** Takes the listener of {@code token}, comparing in constant time. */
    private LinkListener claim(String token) {
        byte[] presented = token.getBytes(StandardCharsets.US_ASCII);
        for (String known : expected.keySet()) {
            if (MessageDigest.isEqual(presented, known.getBytes(StandardCharsets.US_ASCII))) {
                return expected.remove(known);
            }
        }
        return null;
    }
}
