package dev.jmp.manager.wire;

import dev.jmp.internal.WireFormatException;

/**
 * The methods of the manager itself (object 0) and of the built-in objects, numbered by ordinal
 * on the wire. Proxies and the server are compiled together, so the numbering only has to agree
 * within one jmp release; {@code @Shared} classes number their methods themselves.
 *
 * <p>Timeouts travel as nanoseconds, {@link #FOREVER} meaning no limit. Owners (of an RLock or a
 * Condition's lock) travel as two longs: the calling process's token and the thread's id. A
 * successful {@code ACQUIRE} of a lock answers a second boolean: whether the lock was released by
 * the manager because its holder's process had gone, and a {@code WAIT} answers the same after
 * its own.
 *
 * <p>A client names its process on each new connection ({@code HELLO}: the process token and
 * whether this is the process's <i>anchor</i>, the one connection it keeps open for as long as
 * it uses the manager). References to objects ({@code INCREF}, {@code SEND}, {@code ADOPT},
 * {@code DECREF}) are counted per process; see {@code dev.jmp.manager}'s package docs.
 */
public enum Op {
    // The manager: object id 0.
    CREATE, PUBLISH, LOOKUP, SHUTDOWN,
    // Shared by several kinds.
    SIZE, CLEAR, SNAPSHOT, CONTAINS,
    // dict
    GET, GET_OR_DEFAULT, CONTAINS_KEY, PUT, PUT_ALL, REMOVE_KEY, REMOVE_ENTRY, PUT_IF_ABSENT, REPLACE,
    REPLACE_ENTRY, KEYS, VALUES,
    // list and array
    GET_AT, SET_AT, ADD, ADD_AT, ADD_ALL, ADD_ALL_AT, REMOVE_AT, REMOVE_ELEMENT, INDEX_OF, LAST_INDEX_OF,
    SET_ALL, REMOVE_RANGE,
    // namespace and value
    GET_ATTR, SET_ATTR, DEL_ATTR, HAS_ATTR, VALUE_GET, VALUE_SET,
    // queue
    OFFER, POLL, PEEK, REMAINING_CAPACITY, DRAIN, TASK_DONE, JOIN,
    // lock, rlock, semaphore, condition
    ACQUIRE, RELEASE, IS_LOCKED, IS_OWNED, HOLD_COUNT, AVAILABLE, WAIT, NOTIFY, NOTIFY_ALL,
    // event and barrier
    IS_SET, SET, BARRIER_WAIT, ABORT, RESET, PARTIES, WAITING, BROKEN,
    // The manager again: who a connection belongs to, references, and what tests look at.
    HELLO, INCREF, SEND, ADOPT, DECREF, OBJECT_COUNT, REFERENCE_COUNT, CALLS_IN_PROGRESS;

    /** A timeout of no limit. */
    public static final long FOREVER = -1;

    private static final Op[] ALL = values();

    /** The operation numbered {@code id}. */
    public static Op of(int id) {
        if (id < 0 || id >= ALL.length) {
            throw new WireFormatException("unknown operation " + id);
        }
        return ALL[id];
    }

    public int id() {
        return ordinal();
    }
}
