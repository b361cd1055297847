package dev.jmp.manager.core;

/**
 * Where a manager's objects live: creates them and finds them by name. A {@code BaseManager}
 * holds one once started or connected: the local manager server is the first implementation.
 */
public interface ManagerBackend {

    /** The manager, for messages: {@code SyncManager-1 at unix:/...}. */
    String name();

    /** Where clients reach it: {@code unix:/...}, {@code tcp:host:port}, or a backend's own form. */
    String address();

    /**
     * Creates an object of a built-in kind with the arguments of {@link MethodTable#creation()},
     * and returns its core, which holds the object's first reference.
     */
    ProxyCore create(MethodTable kind, Object... arguments);

    /**
     * Creates an instance of a registered {@code @Shared} class with constructor number
     * {@code constructor} and its encoded arguments, as the generated proxy's factory wrote them.
     *
     * @param signature the hash of the class the caller was compiled with, which must match the
     *                  backend's ({@code [jmp.manager.stale-class]} otherwise)
     */
    ProxyCore createShared(String typeId, long signature, int constructor, byte[] arguments);

    /** Makes the object of {@code core} findable by {@code name}. */
    void publish(String name, ProxyCore core);

    /** The object published under {@code name}, with a reference of its own; null when there is none. */
    ProxyCore lookup(String name);

    /**
     * The object of kind {@code kind} published under {@code name}, with a reference of its own;
     * when there is none, one is created with {@code arguments} and published. This default looks
     * up, then creates and publishes, so two processes that race may get different objects (the
     * name then keeps the later); a backend that can do it atomically does.
     *
     * @throws IllegalArgumentException when the name holds an object of another kind
     *     ({@code [jmp.manager.named-kind]})
     */
    default ProxyCore named(String name, MethodTable kind, Object... arguments) {
        ProxyCore found = lookup(name);
        if (found == null) {
            ProxyCore created = create(kind, arguments);
            publish(name, created);
            return created;
        }
        if (!found.typeId().equals(kind.typeId())) {
            throw new IllegalArgumentException("[jmp.manager.named-kind] '" + name + "' on " + name() + " is a "
                    + found.typeId() + ", not a " + kind.typeId() + "; use another name, or the " + found.typeId());
        }
        return found;
    }

    /**
     * How many calls on the object of {@code core} are waiting now, as this backend can tell (a
     * server counts the calls it runs, a backend without one those of this JVM); for tests, which
     * check that a call waits rather than returns.
     */
    default int callsInProgress(ProxyCore core) {
        throw new UnsupportedOperationException(name() + " does not count the calls in progress");
    }

    /** Whether {@link #close()} was called; every later call fails. */
    boolean isClosed();

    /**
     * Ends this manager: a backend this process started stops serving (every proxy of its objects,
     * in any process, fails from then on); one it connected to is only forgotten here. Idempotent.
     */
    void close();
}
