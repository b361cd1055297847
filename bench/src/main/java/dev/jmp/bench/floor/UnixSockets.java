package dev.jmp.bench.floor;

import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Unix domain sockets, the transport of jmp's control channels (pool workers) and of its local
 * managers: a listening socket in a private temporary directory, blocking channels, whole
 * buffers read and written.
 */
final class UnixSockets implements AutoCloseable {

    private final Path dir;
    private final ServerSocketChannel server;

    private UnixSockets(Path dir, ServerSocketChannel server) {
        this.dir = dir;
        this.server = server;
    }

    /** A socket listening in a new temporary directory. */
    static UnixSockets listen() throws IOException {
        Path dir = Files.createTempDirectory("floor");
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(dir.resolve("s")));
        return new UnixSockets(dir, server);
    }

    /** The socket's path, for a child to connect to. */
    String path() {
        return dir.resolve("s").toString();
    }

    SocketChannel accept() throws IOException {
        return server.accept();
    }

    static SocketChannel connect(String path) throws IOException {
        return SocketChannel.open(UnixDomainSocketAddress.of(path));
    }

    /** Reads until {@code buffer} is full; an end of stream before is an error. */
    static void readFully(SocketChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new EOFException("the peer closed the socket");
            }
        }
    }

    static void writeFully(SocketChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(dir.resolve("s"));
        Files.deleteIfExists(dir);
    }
}
