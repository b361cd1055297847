package dev.jmp.manager;

import dev.jmp.sync.ProcessShareable;

/**
 * A reference to an object held by a manager; Python's {@code BaseProxy}. Every call on a proxy
 * runs on the manager's server, so every process holding a proxy of the object sees the same
 * object. A proxy can be passed to a task in another process, stored in another manager object
 * (a list inside a dict), or returned from one: in each case the object is shared, not copied.
 *
 * <p>Built-in proxies implement the JDK interface that fits ({@link DictProxy} is a
 * {@code Map}, {@link ListProxy} a {@code List}, {@link QueueProxy} a {@code BlockingQueue},
 * {@link LockProxy} a {@code Lock}); the processor generates one for each class with
 * {@link Shared} methods.
 */
public interface BaseProxy extends ProcessShareable {

    /**
     * The referent's type: {@code dict}, {@code list}, {@code set}, {@code namespace}, {@code value},
     * {@code array}, {@code queue}, {@code joinable_queue}, {@code lock}, {@code rlock},
     * {@code semaphore}, {@code condition}, {@code event}, {@code barrier}, {@code pool},
     * {@code async_result}, or the binary name of a {@code @Shared} class.
     */
    String typeId();

    /** The address of the manager that holds the referent: {@code unix:/...} or {@code tcp:host:port}. */
    String managerAddress();

    /**
     * Calls this proxy's public method {@code name} with {@code args}, choosing among overloads by
     * the arguments' classes as Java would (the most specific that accepts them, so an
     * {@code Integer} goes to {@code remove(int)} before {@code remove(Object)}), and returns its result, boxed
     * (null for {@code void}); Python's {@code BaseProxy._callmethod(name, args)}, for code that
     * knows a method only by name. The call runs on the server as the method's own does, and a
     * {@code @Shared} method the manager does not expose fails there with
     * {@code [jmp.manager.not-exposed]}.
     *
     * <pre>{@code
     * Object balance = proxy.callMethod("deposit", 10L);
     * }</pre>
     *
     * @throws IllegalArgumentException when no method of that name, or more than one equally
     *     specific, accepts the arguments ({@code [jmp.manager.no-method]})
     * @throws Exception what the method throws
     */
    default Object callMethod(String name, Object... args) throws Exception {
        return MethodCalls.call(this, name, args);
    }
}
