package dev.jmp.pool;

/**
 * Stands in for an exception a task threw in a worker whose class cannot be rebuilt here: the
 * class is not on this JVM's class path, or has no constructor taking a message. It carries the
 * remote class name, message and stack trace; {@code toString()} reads like the original's.
 */
public final class RemoteTaskException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String remoteClassName;
    private final String remoteMessage;

    RemoteTaskException(String remoteClassName, String remoteMessage) {
        super("[jmp.pool.remote-exception] " + remoteClassName + (remoteMessage == null ? "" : ": " + remoteMessage));
        this.remoteClassName = remoteClassName;
        this.remoteMessage = remoteMessage;
    }

    /** The binary name of the class the task threw. */
    public String remoteClassName() {
        return remoteClassName;
    }

    /** The message of the exception the task threw, or null. */
    public String remoteMessage() {
        return remoteMessage;
    }
}
