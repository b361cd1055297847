package dev.jmp.connection;

import dev.jmp.internal.WireOutput;
import java.io.IOException;
import java.time.Duration;

/**
 * How a {@link Connection} moves whole messages: through shared memory for the ends of a
 * {@link Pipe}, through a socket for {@link Listener} and {@link Client} connections.
 */
interface Transport {

    /** Sends one message (null: a null element). */
    void send(byte[] message) throws IOException;

    /**
     * The next message, waiting at most {@code timeout} (null: no limit); null if none came in
     * time, {@code RecordQueue.NULL_RECORD} for a null element.
     *
     * @throws MessageTooLongException when it is longer than {@code maxLength}, before anything
     *     of it is allocated here; it stays to be received
     * @throws java.io.EOFException when the other end is closed and every message was received
     */
    byte[] receive(Duration timeout, int maxLength) throws IOException, InterruptedException;

    /** Whether {@link #receive} would return at once (a message is waiting, or the other end is closed). */
    boolean poll(Duration timeout) throws IOException, InterruptedException;

    boolean readable();

    boolean writable();

    /** Writes the handle of a shareable transport; throws for one that cannot cross. */
    void writeHandle(WireOutput out);

    /** Releases this end in this process. */
    void close() throws IOException;
}
