package dev.jmp.queue;

/**
 * The queue was shut down: Python's {@code queue.ShutDown} (3.13). Thrown by every put once
 * {@link Queue#shutdown} was called in any process, and by a get once the queue is also empty (at
 * once after {@code shutdown(true)}, which empties it); a put or get waiting at that moment, in
 * any process, wakes and throws it.
 */
public class QueueShutDownException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QueueShutDownException(String message) {
        super(message);
    }
}
