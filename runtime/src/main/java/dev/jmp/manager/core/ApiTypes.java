package dev.jmp.manager.core;

/**
 * What the manager API gives a backend: its proxy types, to hand out for the cores it reads
 * (a list read from a dict), and its exception types. Passed to a backend when it is set up, so
 * that backends never depend on the API package.
 */
public interface ApiTypes {

    /** The proxy of the object {@code core} names, of the class its type id calls for. */
    Object proxyOf(ProxyCore core);

    /** The core of a proxy, or null when {@code value} is not one. */
    ProxyCore coreOf(Object value);

    /** The exception of a call that could not reach the backend: {@code ManagerUnavailableException}. */
    RuntimeException unavailable(String message, Throwable cause);

    /**
     * The exception of a connection whose handshake failed (a key either side does not know):
     * {@code AuthenticationException}.
     */
    RuntimeException unauthenticated(String message);

    /**
     * The exception of a call whose remote exception cannot be rebuilt as its own type here:
     * {@code RemoteException}.
     */
    RuntimeException remote(String className, String message, String where, Throwable cause);

    /**
     * {@code value} as bytes, for a backend that holds values as bytes (a cluster's): encoded as a
     * local manager encodes it, with its type, so that equal values give equal bytes for the keys
     * of a dict. A proxy in it is held as its {@link ProxyCore#writeHandle handle}, and read back
     * as a proxy of the same object, so it stays shared; a local manager's proxy is refused
     * ({@code IllegalArgumentException}), since its handle counts a reference.
     */
    byte[] encode(Object value);

    /** A value {@link #encode} wrote; read through the same filter as a local manager's values. */
    Object decode(byte[] bytes);
}
