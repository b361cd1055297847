package dev.jmp.connection;

import dev.jmp.codec.Codec;
import dev.jmp.codec.CodecHandles;
import dev.jmp.internal.SharedObjects;
import dev.jmp.internal.WireOutput;
import dev.jmp.ring.RecordQueue;
import dev.jmp.sync.ProcessShareable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One end of a {@link Pipe}, or a socket connection made by a {@link Listener} or {@link Client}:
 * Python's {@code multiprocessing.connection.Connection}. Messages are whole: {@link #send} and
 * {@link #recv} carry objects through the connection's {@link Codec}, {@link #sendBytes} and
 * {@link #recvBytes} carry raw bytes; each receive returns exactly one message sent.
 *
 * <pre>{@code
 * Connection<Integer> conn = pipe.first();
 * conn.send(42);
 * if (conn.poll(Duration.ofSeconds(1))) {
 *     Integer answer = conn.recv();
 * }
 * }</pre>
 *
 * <p>Receiving from a connection whose other end is closed (or whose process ended) and
 * drained throws {@link java.io.EOFException}; it never hangs. Waiting calls that are interrupted
 * throw {@link InterruptedIOException} with the thread's interrupt status set. Using a connection
 * after {@link #close()} throws {@link IllegalStateException}. A connection is meant for one
 * thread at a time on each side, as in Python.
 *
 * <p>Pipe ends can be passed to {@code @ProcessTask} methods; socket connections belong to the
 * process that made them.
 *
 * @param <E> the type of the objects sent
 */
public final class Connection<E> implements ProcessShareable, AutoCloseable {

    static {
        SharedObjects.register(Connection.class, Connection::writeHandle,
                in -> new Connection<>(PipeTransport.read(in), CodecHandles.read(in)));
    }

    /** The longest message a Java array holds. */
    private static final int MAX_MESSAGE = Integer.MAX_VALUE - 16;

    private final Transport transport;
    private final Codec<E> codec;
    private volatile boolean closed;

    Connection(Transport transport, Codec<E> codec) {
        this.transport = transport;
        this.codec = codec;
    }

    /** Sends {@code obj} (null allowed), encoded by the connection's codec. */
    public void send(E obj) throws IOException {
        writing().send(obj == null ? null : codec.encode(obj));
    }

    /**
     * Sends all of {@code bytes} as one message; null sends the null message {@code send(null)}
     * sends, so that bytes received by {@link #recvBytes()} can be passed on unchanged.
     */
    public void sendBytes(byte[] bytes) throws IOException {
        if (bytes == null) {
            writing().send(null);
        } else {
            sendBytes(bytes, 0, bytes.length);
        }
    }

    /** Sends {@code size} bytes of {@code bytes} from {@code offset} as one message. */
    public void sendBytes(byte[] bytes, int offset, int size) throws IOException {
        Objects.checkFromIndexSize(offset, size, bytes.length);
        writing().send(Arrays.copyOfRange(bytes, offset, offset + size));
    }

    /**
     * Receives the next object, waiting as long as it takes.
     *
     * @throws java.io.EOFException when the other end is closed and every message was received
     */
    public E recv() throws IOException {
        byte[] message = receive(MAX_MESSAGE);
        return message == RecordQueue.NULL_RECORD ? null : codec.decode(message, 0, message.length);
    }

    /**
     * Receives the next message's bytes, waiting as long as it takes. A long message costs what
     * has arrived of it, not what it announced, until it is whole. The message {@code send(null)}
     * sent is null here, never the empty array of an empty message: passed on with
     * {@link #sendBytes(byte[])}, each is received as it was sent, as Python's bytes of a pickled
     * {@code None} are.
     */
    public byte[] recvBytes() throws IOException {
        return bytesOf(receive(MAX_MESSAGE));
    }

    /** The bytes of a received message: null for the null message. */
    private static byte[] bytesOf(byte[] message) {
        return message == RecordQueue.NULL_RECORD ? null : message;
    }

    /**
     * Receives the next message's bytes if it has at most {@code maxLength} of them; Python's
     * {@code recv_bytes(maxlength)}. A longer message is refused from its length before anything
     * of it is read or allocated, however long it claims to be, and without waiting for its bytes.
     * Unlike Python, which closes the connection then, the message is left unread: the
     * connection stays in step, and the next receive gets it. Close the connection to drop it.
     * The null message is null, as for {@link #recvBytes()}.
     *
     * @throws IOException {@code [jmp.connection.too-long]} when the next message is longer
     */
    public byte[] recvBytes(int maxLength) throws IOException {
        if (maxLength < 0) {
            throw new IllegalArgumentException("[jmp.connection.negative-length] maxLength is " + maxLength
                    + "; give the largest message to accept, in bytes");
        }
        try {
            return bytesOf(receive(maxLength));
        } catch (MessageTooLongException e) {
            throw new IOException("[jmp.connection.too-long] the next message on " + this + " has " + e.length()
                    + " bytes, more than maxLength " + maxLength + "; it was refused unread, and the next receive"
                    + " gets it: receive it with a larger maxLength, or close the connection to drop it", e);
        }
    }

    /** Receives the next message into {@code buffer} from the start; returns its length, -1 for the null message. */
    public int recvBytesInto(byte[] buffer) throws IOException {
        return recvBytesInto(buffer, 0);
    }

    /**
     * Receives the next message into {@code buffer} from {@code offset}; returns its length, or -1
     * for the message {@code send(null)} sent, which writes nothing (an empty message is 0). Python's {@code recv_bytes_into(buffer, offset)}, except for a message that does not fit:
     * it is refused from its length, before anything of it is read or allocated, and left unread.
     *
     * @throws BufferTooShortException when it does not fit; {@link BufferTooShortException#length()}
     *     says how long it is, and the next receive gets it
     */
    public int recvBytesInto(byte[] buffer, int offset) throws IOException {
        Objects.checkIndex(offset, buffer.length + 1);
        byte[] message;
        try {
            message = receive(buffer.length - offset);
        } catch (MessageTooLongException e) {
            throw new BufferTooShortException("[jmp.connection.buffer-too-short] a message of " + e.length()
                    + " bytes does not fit in the " + (buffer.length - offset) + " bytes from offset " + offset
                    + "; it was left unread: receive it into a buffer of at least " + e.length() + " bytes",
                    e.length());
        }
        if (message == RecordQueue.NULL_RECORD) {
            return -1;
        }
        System.arraycopy(message, 0, buffer, offset, message.length);
        return message.length;
    }

    /** Whether a message (or the end of file) can be received without waiting; Python's {@code poll()}. */
    public boolean poll() throws IOException {
        return poll(Duration.ZERO);
    }

    /** Waits at most {@code timeout} (null: no limit) until {@link #recv} would not wait; returns whether it would not. */
    public boolean poll(Duration timeout) throws IOException {
        try {
            return reading().poll(timeout);
        } catch (InterruptedException e) {
            throw interrupted();
        }
    }

    /**
     * Waits until one of {@code objects} is ready and returns those that are, in their order; an
     * empty list if {@code timeout} (null: no limit) passed first. Python's
     * {@code multiprocessing.connection.wait}. The objects are {@code Connection}s (ready: a
     * message or the end of file can be received) and futures such as
     * {@link dev.jmp.Process#sentinel()} (ready: done).
     */
    public static <T> List<T> wait(Collection<? extends T> objects, Duration timeout) throws InterruptedException {
        return ReadyWait.await(objects, timeout);
    }

    public boolean readable() {
        return transport.readable();
    }

    public boolean writable() {
        return transport.writable();
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Closes this end in this process. Once no process holds it open, the other end receives the
     * messages already sent and then end of file. Idempotent.
     */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                transport.close();
            } catch (IOException e) {
                // closing a socket that is already broken: nothing more to release
            }
        }
    }

    private byte[] receive(int maxLength) throws IOException {
        try {
            return reading().receive(null, maxLength);
        } catch (InterruptedException e) {
            throw interrupted();
        }
    }

    private static InterruptedIOException interrupted() {
        Thread.currentThread().interrupt();
        return new InterruptedIOException("interrupted while waiting for a message");
    }

    private Transport reading() {
        checkOpen();
        if (!transport.readable()) {
            throw new IllegalStateException("[jmp.connection.write-only] this end of a one-way pipe only sends;"
                    + " receive on the pipe's first() end");
        }
        return transport;
    }

    private Transport writing() {
        checkOpen();
        if (!transport.writable()) {
            throw new IllegalStateException("[jmp.connection.read-only] this end of a one-way pipe only receives;"
                    + " send on the pipe's second() end");
        }
        return transport;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("[jmp.connection.closed] the connection was closed in this process");
        }
    }

    private void writeHandle(WireOutput out) {
        checkOpen();
        transport.writeHandle(out);
        CodecHandles.write(out, codec);
    }

    @Override
    public String toString() {
        return "Connection(" + transport + (closed ? ", closed" : "") + ")";
    }
}
