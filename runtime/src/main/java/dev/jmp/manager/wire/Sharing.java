package dev.jmp.manager.wire;


/**
 * How one side of a manager connection turns shared objects into handles and back: a client
 * writes a proxy's handle and reads a handle as a new proxy; the server writes the handle of an
 * object it holds and reads a handle of its own objects as the object itself, which is how a list
 * stored in a dict stays shared instead of being copied.
 */
public interface Sharing {

    /** The handle {@code value} crosses as, or null when it is a plain value to copy. */
    ProxyHandle handleOf(Object value);

    /** What a handle read from the wire becomes on this side. */
    Object resolve(ProxyHandle handle);

    /**
     * Whether the handle {@link #handleOf} just returned carries a reference taken on the reader's
     * behalf: true for the server's own objects, which it counts for the client it replies to.
     */
    default boolean counted(ProxyHandle handle) {
        return false;
    }

    /**
     * What a handle read from the wire becomes; {@code counted} when its writer took a reference
     * for this side, which the result then owns.
     */
    default Object resolve(ProxyHandle handle, boolean counted) {
        return resolve(handle);
    }
}
