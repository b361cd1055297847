package dev.jmp.queue;

/**
 * A queue stayed empty: thrown by {@link Queue#getNowait} and by {@link Queue#get(java.time.Duration)}
 * when the timeout passes; Python's {@code queue.Empty}.
 */
public class QueueEmptyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QueueEmptyException(String message) {
        super(message);
    }
}
