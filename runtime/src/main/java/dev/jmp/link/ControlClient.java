package dev.jmp.link;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * The child's end of its control channel: connects to the parent's socket, proves itself with
 * its token and receives its {@link Assign}, or, for a pool worker, its {@link Enlist}.
 */
public final class ControlClient {

    private static final int MAX_FRAME = 1 << 30;

    private final Path socket;
    private final FrameChannel channel;
    private final Frame first;
    private volatile boolean closed;

    private ControlClient(Path socket, FrameChannel channel, Frame first) {
        this.socket = socket;
        this.channel = channel;
        this.first = first;
    }

    /** Connects, says hello and waits for the assignment. */
    public static ControlClient connect(Path socket, String token, long pid) throws IOException {
        SocketChannel raw = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            raw.connect(UnixDomainSocketAddress.of(socket));
            FrameChannel channel = new FrameChannel(raw, MAX_FRAME);
            channel.write(new Hello(token, pid));
            Frame answer = channel.read();
            if (!(answer instanceof Assign || answer instanceof Enlist)) {
                throw new IOException("expected an assignment from the parent, got " + answer);
            }
            return new ControlClient(socket, channel, answer);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** The one task of a process child; throws in a pool worker. */
    public Assign assignment() {
        if (!(first instanceof Assign assign)) {
            throw new IllegalStateException("this child is a pool worker, not a process with one task");
        }
        return assign;
    }

    /** The parent's answer to the hello: an {@link Assign} or an {@link Enlist}. */
    public Frame firstFrame() {
        return first;
    }

    /** Sends a frame to the parent. */
    public void send(Frame frame) throws IOException {
        channel.write(frame);
    }

    /** Receives the parent's next frame; only for a child whose one reader is its caller. */
    public Frame receive() throws IOException {
        return channel.read();
    }

    /** Sends a frame to the parent; a parent that is gone is not an error here. */
    public void trySend(Frame frame) {
        try {
            channel.write(frame);
        } catch (IOException e) {
            // the parent is gone; the watchdog ends this process
        }
    }

    /** Blocks until the parent closes the channel or dies; frames it sends meanwhile are ignored. */
    public void awaitParentGone() {
        try {
            while (true) {
                channel.read();
            }
        } catch (IOException | RuntimeException e) {
            // EOF: the parent closed the channel or died
        }
    }

    /**
     * Closes the channel as this JVM exits. A thread blocked reading a socket is "in native", and
     * the JVM waits about 300 ms for such threads before it exits; closing unblocks it.
     */
    public void close() {
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    /** Whether {@link #close()} was called: an EOF after it is ours, not the parent's death. */
    public boolean isClosed() {
        return closed;
    }

    /** Removes the control directory of a parent that died without cleaning up. */
    public void removeDeadParentsDirectory() {
        ControlDirectory.deleteOf(socket);
    }
}
