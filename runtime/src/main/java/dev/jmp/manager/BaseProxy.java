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
     * The referent's type: {@code dict}, {@code list}, {@code namespace}, {@code value},
     * {@code array}, {@code queue}, {@code joinable_queue}, {@code lock}, {@code rlock},
     * {@code semaphore}, {@code condition}, {@code event}, {@code barrier}, or the binary name
     * of a {@code @Shared} class.
     */
    String typeId();

    /** The address of the manager that holds the referent: {@code unix:/...} or {@code tcp:host:port}. */
    String managerAddress();
}
