package dev.jmp.manager.core;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * What a proxy is made of: one object held by a backend, and the way to call it. Every proxy type
 * of {@code dev.jmp.manager} wraps a core and nothing else, so the same proxy types serve any
 * backend that implements this interface; see the package documentation for what an
 * implementation guarantees.
 *
 * <p>Built-in kinds are called with {@link #call}: a {@link Method} of the kind's
 * {@link MethodTable} and its arguments as Java values. Classes with {@code @Shared} methods are
 * called with {@link #newCall} and {@link #invoke}: their generated proxy encodes the arguments
 * and decodes the result, and their generated dispatcher, run by the backend next to the object,
 * does the reverse.
 */
public interface ProxyCore {

    /** The object's type id: a built-in kind's ({@code dict}) or a {@code @Shared} class's binary name. */
    String typeId();

    /** Where the object is held, for {@code BaseProxy.managerAddress()}. */
    String address();

    /**
     * What names the object: equal (and of equal hash) for any two cores of the same object, in
     * any process; proxies compare by it.
     */
    Object identity();

    /** The object, for messages: {@code dict #3 of SyncManager-1 at unix:/...}. */
    String describe();

    /** The manager that holds the object, to create others beside it (a lock's condition). */
    ManagerBackend manager();

    /**
     * Calls a method of a built-in kind and returns its result; the method's checked exceptions
     * ({@link Method#declared()}) are thrown as they are, though this method does not declare
     * them. A pending interrupt of the calling thread is kept for later and does not end the call.
     */
    <R> R call(Method<R> method, Object... arguments);

    /**
     * Like {@link #call}, for a call that waits: an interrupt of the calling thread, before or
     * during the call, ends it with {@link InterruptedException}, and whatever the object had
     * taken for it is given back.
     */
    <R> R callInterruptibly(Method<R> method, Object... arguments) throws InterruptedException;

    /**
     * A call of method number {@code method} of a {@code @Shared} class, for its generated proxy
     * to append the encoded arguments to; the core may write a header of its own first.
     */
    WireOutput newCall(int method);

    /**
     * Makes a call begun with {@link #newCall} and returns the encoded result. An exception of the
     * method is thrown here: as its own type when it is unchecked or one of {@code declared},
     * though this method does not declare them.
     */
    WireInput invoke(WireOutput call, Class<?>... declared);

    /**
     * Writes what another process needs to reach the object, taking a reference on its behalf,
     * so that the object lives while the handle is in flight.
     */
    void writeHandle(WireOutput out);
}
