package dev.jmp.manager;

/**
 * A call on a proxy, or on a manager, that could not reach the manager's server: it was shut
 * down, its JVM died, or the connection broke during the call. Thrown at once, never after a
 * hang: a server that is gone closes its sockets, and the call sees it.
 */
public class ManagerUnavailableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ManagerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
