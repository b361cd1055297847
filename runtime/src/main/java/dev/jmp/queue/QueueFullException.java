package dev.jmp.queue;

/**
 * A bounded queue stayed full: thrown by {@link Queue#putNowait} and by {@link Queue#put(Object,
 * java.time.Duration)} when the timeout passes; Python's {@code queue.Full}.
 */
public class QueueFullException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QueueFullException(String message) {
        super(message);
    }
}
