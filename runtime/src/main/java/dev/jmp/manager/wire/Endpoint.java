package dev.jmp.manager.wire;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * A manager's address as text, the form handles carry: {@code unix:/path/to/socket} for a local
 * manager, {@code tcp:host:port} for a remote one.
 */
public record Endpoint(String address) {

    private static final String UNIX = "unix:";
    private static final String TCP = "tcp:";

    public Endpoint {
        if (!address.startsWith(UNIX) && !address.startsWith(TCP)) {
            throw new IllegalArgumentException("not a manager address: " + address);
        }
    }

    public static Endpoint unix(Path socket) {
        return new Endpoint(UNIX + socket.toAbsolutePath());
    }

    public static Endpoint tcp(InetSocketAddress address) {
        String host = address.getHostString();
        return new Endpoint(TCP + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
    }

    public boolean isUnix() {
        return address.startsWith(UNIX);
    }

    /** The socket file of a local manager. */
    public Path socket() {
        return Path.of(address.substring(UNIX.length()));
    }

    /** The host and port of a remote manager. */
    public InetSocketAddress inet() {
        String rest = address.substring(TCP.length());
        int colon = rest.lastIndexOf(':');
        String host = rest.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new InetSocketAddress(host, Integer.parseInt(rest.substring(colon + 1)));
    }

    private SocketAddress socketAddress() {
        return isUnix() ? UnixDomainSocketAddress.of(socket()) : inet();
    }

    /** A blocking connection to the manager. */
    public SocketChannel connect() throws IOException {
        SocketChannel channel = SocketChannel.open(isUnix() ? StandardProtocolFamily.UNIX : protocol(inet()));
        try {
            channel.connect(socketAddress());
            if (!isUnix()) {
                channel.socket().setTcpNoDelay(true); // one small frame per call: never wait to coalesce
            }
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Listens here; the endpoint it returns names the port really bound when this one asked for 0. */
    public Bound bind() throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(isUnix() ? StandardProtocolFamily.UNIX : protocol(inet()));
        try {
            server.bind(socketAddress(), 64);
            Endpoint actual = isUnix() ? this : tcp(withHost((InetSocketAddress) server.getLocalAddress()));
            return new Bound(server, actual);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** A listening socket and the endpoint clients reach it at. */
    public record Bound(ServerSocketChannel server, Endpoint endpoint) {}

    private InetSocketAddress withHost(InetSocketAddress bound) {
        InetSocketAddress asked = inet();
        return asked.getAddress() != null && asked.getAddress().isAnyLocalAddress()
                ? bound : new InetSocketAddress(asked.getHostString(), bound.getPort());
    }

    private static StandardProtocolFamily protocol(InetSocketAddress address) {
        return address.getAddress() instanceof java.net.Inet6Address ? StandardProtocolFamily.INET6
                : StandardProtocolFamily.INET;
    }

    @Override
    public String toString() {
        return address;
    }
}
