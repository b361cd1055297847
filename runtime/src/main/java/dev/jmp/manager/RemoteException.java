package dev.jmp.manager;

/**
 * An exception raised in a manager's server that cannot be rebuilt as its own type here (a
 * checked exception the method does not declare, or a class this process cannot or should not
 * instantiate); Python's {@code multiprocessing.managers.RemoteError}. It names the remote class,
 * carries the remote message and stack trace, and its cause is the remote cause, rebuilt by the
 * same rules.
 */
public class RemoteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String remoteClassName;
    private final String remoteMessage;

    public RemoteException(String remoteClassName, String remoteMessage, String where, Throwable cause) {
        super("[jmp.manager.remote] " + remoteClassName + (remoteMessage == null ? "" : ": " + remoteMessage)
                + " (raised in " + where + ")", cause);
        this.remoteClassName = remoteClassName;
        this.remoteMessage = remoteMessage;
    }

    /** The class of the exception raised in the server, {@code com.example.LedgerException}. */
    public String remoteClassName() {
        return remoteClassName;
    }

    /** Its message, or null. */
    public String remoteMessage() {
        return remoteMessage;
    }
}
