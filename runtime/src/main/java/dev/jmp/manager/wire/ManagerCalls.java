package dev.jmp.manager.wire;

/**
 * The methods of the manager itself, object 0, by number; the built-in kinds number theirs in
 * their own tables ({@code dev.jmp.manager.core}), {@code @Shared} classes in declaration order.
 *
 * <p>A client names its process on each new connection ({@link #HELLO}: the process token and
 * whether this is the process's <i>anchor</i>, the one connection it keeps open for as long as
 * it uses the manager). References to objects ({@link #INCREF}, {@link #SEND}, {@link #ADOPT},
 * {@link #DECREF}) are counted per process; see {@code dev.jmp.manager}'s package docs.
 */
public final class ManagerCalls {

    /** Type id, then the kind's creation arguments or a {@code @Shared} class's signature, constructor and arguments; the new object's id. */
    public static final int CREATE = 0;
    /** Name, object id. */
    public static final int PUBLISH = 1;
    /** Name; presence, then the object's id and type id. */
    public static final int LOOKUP = 2;
    public static final int SHUTDOWN = 3;
    /** Process token, whether the connection is the anchor. */
    public static final int HELLO = 4;
    /** Object id: one more reference of the calling process. */
    public static final int INCREF = 5;
    /** Object id: a reference for a process the handle is sent to. */
    public static final int SEND = 6;
    /** Object id, sender's token: the reference the sender took for this process. */
    public static final int ADOPT = 7;
    /** A count, then that many object ids: references of collected proxies. */
    public static final int DECREF = 8;
    /** How many objects the table holds; for tests. */
    public static final int OBJECT_COUNT = 9;
    /** Object id: how many references there are to it; for tests. */
    public static final int REFERENCE_COUNT = 10;
    /** Object id: how many calls on it run now; for tests. */
    public static final int CALLS_IN_PROGRESS = 11;

    private ManagerCalls() {}
}
