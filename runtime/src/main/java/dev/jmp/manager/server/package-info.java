/**
 * The server of a manager: the JVM that holds the shared objects and runs every call on them.
 * Not user API: public only so the launcher can start it ({@link dev.jmp.manager.server.ServerEntry});
 * the module does not export the package.
 *
 * <p>Every object is served the same way: a {@link dev.jmp.manager.server.ServedObject} holds
 * the object and the {@link dev.jmp.manager.server.ObjectDispatcher} of its kind, which runs the
 * method a request numbers. A built-in kind's dispatcher is its table of
 * {@link dev.jmp.manager.server.MethodHandlers}, one handler per method of the kind's table in
 * {@code dev.jmp.manager.core}, with arguments and results decoded and encoded by their shapes; a
 * {@code @Shared} class's is its generated dispatcher ({@link dev.jmp.manager.server.SharedKind}).
 * A kind's classes are loaded when its first object is created.
 *
 * <p>One thread per connection, as in Python; a call that blocks (a lock's {@code acquire}, a
 * queue's {@code get}) blocks only its own connection. Calls on one object never interleave:
 * most kinds run each call under the object's monitor, and the blocking ones wait on their own
 * monitor or lock. Calls on one {@code @Shared} object run one at a time too. A handle of one of this
 * server's own objects read from a request becomes the object itself: a list stored in a dict is
 * that list, not a copy. A call that hands its caller something (a lock, a permit, items)
 * asks for an acknowledgement of its reply ({@link dev.jmp.manager.wire.Frames#GRANTED}), and is
 * undone unless it arrives: an acquired lock or permit is released, items taken from a queue are
 * put back at its head. Writing the reply is not proof of delivery: over TCP a write into the
 * socket of a process that died succeeds.
 *
 * <p>The {@link dev.jmp.manager.server.ObjectTable} counts each client process's references;
 * a process is known by the token its connections name in {@code HELLO}, and is gone when its
 * anchor connection closes: the calls its other connections run are interrupted (an interrupt
 * on the server means the caller is gone: the call takes nothing), and once those connections
 * settled (a grant the process acknowledged before it went stands, one it did not is undone),
 * its references are dropped and the locks it held released ({@link dev.jmp.manager.server.Lockables}),
 * flagged as taken over for the next acquirer.
 */
package dev.jmp.manager.server;
