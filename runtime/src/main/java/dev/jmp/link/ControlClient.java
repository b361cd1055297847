package dev.jmp.link;

import dev.jmp.base.PrivateDirectory;
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
    private Frame first;
    private volatile boolean closed;

    private ControlClient(Path socket, FrameChannel channel) {
        this.socket = socket;
        this.channel = channel;
    }

    /**
     * Connects and says hello; the answer is read by {@link #firstFrame()}, so the child can get
     * ready while the parent answers, or, for a warm spare, until the parent claims it.
     */
    public static ControlClient connect(Path socket, String token, long pid) throws IOException {
        SocketChannel raw = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            raw.connect(UnixDomainSocketAddress.of(socket));
            FrameChannel channel = new FrameChannel(raw, MAX_FRAME, "the parent process");
            channel.write(new Hello(token, pid));
            return new ControlClient(socket, channel);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * The parent's answer to the hello, an {@link Assign} or an {@link Enlist}, waiting for it
     * the first time.
     *
     * @throws IOException when the parent closed the channel or died first, or sent anything else
     */
    public synchronized Frame firstFrame() throws IOException {
        if (first == null) {
            Frame answer = channel.read();
            if (!(answer instanceof Assign || answer instanceof Enlist)) {
                throw new IOException("expected an assignment from the parent, got " + answer);
            }
            first = answer;
        }
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

    /**
     * Blocks until the parent closes the channel or dies; an {@link Interrupt} it sends meanwhile
     * interrupts {@code task}, the thread running the child's task, and other frames are ignored.
     */
    public void awaitParentGone(Thread task) {
        try {
            while (true) {
                if (channel.read() instanceof Interrupt) {
                    task.interrupt();
                }
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

    /** Removes the private directory of a parent that died without cleaning up, its socket's. */
    public void removeDeadParentsDirectory() {
        PrivateDirectory.deleteOf(socket.getParent());
    }
}
