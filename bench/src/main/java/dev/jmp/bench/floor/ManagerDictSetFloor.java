package dev.jmp.bench.floor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.HashMap;
import java.util.Map;

/**
 * The floor of {@code manager_dict_set}: a child JVM makes 10k calls {@code d[i] = i} to a
 * server thread of the parent over a Unix domain socket (a local manager's transport), each a
 * request of two ints and a reply of one byte, the server putting each in a {@link HashMap};
 * entries per second from the child's start to its exit. jmp's manager server is a JVM of its
 * own, and its calls carry a header, the method and tagged values, after a handshake with an
 * HMAC challenge; the floor has none of that.
 */
final class ManagerDictSetFloor implements Floor {

    private static final int N = 10_000;

    @Override
    public String name() {
        return "manager_dict_set";
    }

    @Override
    public String unit() {
        return "per_s";
    }

    @Override
    public double measure(boolean warm) throws Exception {
        Map<Integer, Integer> dict = new HashMap<>();
        try (UnixSockets sockets = UnixSockets.listen();
             FloorJvm child = FloorJvm.prepare(warm, 1, "dict", sockets.path(), Integer.toString(N))) {
            Thread server = new Thread(() -> serve(sockets, dict), "floor-dict-server");
            server.start();
            long start = System.nanoTime();
            child.start();
            child.waitFor();
            double rate = N / ((System.nanoTime() - start) / 1e9);
            server.join();
            if (dict.size() != N) {
                throw new IllegalStateException("the server holds " + dict.size() + " of " + N + " entries");
            }
            return rate;
        }
    }

    /** The server: answers one connection's puts until it closes. */
    private static void serve(UnixSockets sockets, Map<Integer, Integer> dict) {
        try (SocketChannel channel = sockets.accept()) {
            ByteBuffer request = ByteBuffer.allocate(8);
            ByteBuffer reply = ByteBuffer.allocate(1);
            while (channel.read(request) >= 0) {
                if (!request.hasRemaining()) {
                    request.flip();
                    dict.put(request.getInt(), request.getInt());
                    request.clear();
                    reply.clear();
                    UnixSockets.writeFully(channel, reply);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The child: {@code args[1]} calls {@code d[i] = i} to the server at socket {@code args[0]}. */
    static void child(String[] args) throws IOException {
        int n = Integer.parseInt(args[1]);
        try (SocketChannel channel = UnixSockets.connect(args[0])) {
            ByteBuffer request = ByteBuffer.allocate(8);
            ByteBuffer reply = ByteBuffer.allocate(1);
            for (int i = 0; i < n; i++) {
                request.clear();
                request.putInt(i).putInt(i).flip();
                UnixSockets.writeFully(channel, request);
                reply.clear();
                UnixSockets.readFully(channel, reply);
            }
        }
    }
}
