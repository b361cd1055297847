/**
 * Managers: Python's {@code multiprocessing.Manager()}, {@code SyncManager} and
 * {@code BaseManager}. A manager is a server JVM that holds objects; every process uses them
 * through proxies, so all see the same object.
 *
 * <pre>{@code
 * try (SyncManager manager = Manager.start()) {
 *     DictProxy<String, String> shared = manager.dict();
 *     Process p = new Process(UpdateTasks.update(shared));   // update(DictProxy<String, String> d)
 *     p.start();
 *     p.join();
 *     System.out.println(shared);                           // {key=value}
 * }
 * }</pre>
 *
 * <h2>Python to Java</h2>
 * <table>
 *   <caption>Managers and proxies</caption>
 *   <tr><th>Python</th><th>jmp</th></tr>
 *   <tr><td>{@code with Manager() as m:}</td><td>{@code try (SyncManager m = Manager.start())}</td></tr>
 *   <tr><td>{@code m.dict()}, {@code m.list()}</td><td>{@link dev.jmp.manager.DictProxy} (a {@code ConcurrentMap}),
 *       {@link dev.jmp.manager.ListProxy} (a {@code List})</td></tr>
 *   <tr><td>{@code m.Namespace()}, {@code m.Value('i', 0)}, {@code m.Array('d', [..])}</td>
 *       <td>{@link dev.jmp.manager.NamespaceProxy}, {@link dev.jmp.manager.ValueProxy},
 *       {@link dev.jmp.manager.ArrayProxy} (a fixed-size {@code List})</td></tr>
 *   <tr><td>{@code m.Queue(n)}, {@code m.JoinableQueue()}</td><td>{@link dev.jmp.manager.QueueProxy}
 *       (a {@code BlockingQueue}), {@link dev.jmp.manager.JoinableQueueProxy}</td></tr>
 *   <tr><td>{@code m.Lock()}, {@code m.RLock()}</td><td>{@link dev.jmp.manager.LockProxy},
 *       {@link dev.jmp.manager.RLockProxy} (both {@code java.util.concurrent.locks.Lock})</td></tr>
 *   <tr><td>{@code m.Semaphore(n)}, {@code m.BoundedSemaphore(n)}</td><td>{@link dev.jmp.manager.SemaphoreProxy}</td></tr>
 *   <tr><td>{@code m.Condition(lock)}, {@code m.Event()}, {@code m.Barrier(n, action)}</td>
 *       <td>{@link dev.jmp.manager.ConditionProxy} (a {@code Condition}), {@link dev.jmp.manager.EventProxy},
 *       {@link dev.jmp.manager.BarrierProxy} (the action a task run in the server)</td></tr>
 *   <tr><td>{@code m.set()}, {@code d.popitem()}</td><td>{@link dev.jmp.manager.SetProxy} (a {@code Set}),
 *       {@link dev.jmp.manager.DictProxy#popItem()}</td></tr>
 *   <tr><td>{@code m.Pool(4)}: {@code apply}, {@code map}, {@code apply_async}</td>
 *       <td>{@link dev.jmp.manager.PoolProxy}, workers that are children of the server;
 *       {@link dev.jmp.manager.AsyncResultProxy}</td></tr>
 *   <tr><td>{@code BaseManager.register('Counter', Counter)}; {@code m.Counter(0)}</td>
 *       <td>{@link dev.jmp.manager.Shared @Shared} methods; {@code m.register(Counter.class)};
 *       {@code CounterProxy.create(m, 0)} or {@code m.create(Counter.class, 0)}</td></tr>
 *   <tr><td>{@code BaseManager(address=('', 50000), authkey=b'k')}, {@code m.connect()}</td>
 *       <td>{@code new SyncManager(address, key).start()}; {@code Manager.connect(address, key)}</td></tr>
 *   <tr><td>{@code register('Counter', Counter, exposed=['get'])}; {@code proxy._callmethod('get')}</td>
 *       <td>{@code m.register(Counter.class, "get")}; {@link dev.jmp.manager.BaseProxy#callMethod}</td></tr>
 *   <tr><td>{@code m.start(initializer, initargs)}</td><td>{@code m.start(InitTasks.setUp(args))}: a task the
 *       server runs before it serves</td></tr>
 *   <tr><td>{@code register('get_queue', callable=lambda: q)}; {@code m.get_queue()}</td>
 *       <td>{@code m.publish("queue", q)}; {@code m.lookup("queue")}</td></tr>
 *   <tr><td>{@code RemoteError}, {@code AuthenticationError}</td><td>{@link dev.jmp.manager.RemoteException},
 *       {@link dev.jmp.AuthenticationException}</td></tr>
 * </table>
 *
 * <h2>The server</h2>
 * {@link dev.jmp.manager.BaseManager#start()} starts the server as a child JVM, as a
 * {@code Process} is started: the same class path, the inherited JVM options, a control
 * channel to its owner. It dies with its owner, even by SIGKILL, and is shut down by
 * {@code close()} or, as in Python, at exit, before non-daemon children are joined: join the
 * processes that use a manager before closing it. A local manager listens on a Unix domain
 * socket in its owner's private directory (mode 0700) with a random authkey; a remote one on a
 * TCP address with the key given. Every connection begins with a mutual HMAC-SHA-256 challenge
 * of fixed-size messages, so nothing a peer sends is decoded before it proved it knows the key;
 * bytes that make no sense after that end that connection only. The protocol is described in
 * {@code dev.jmp.manager.wire}: one synchronous round trip per call, on a connection the calling
 * thread has to itself (a per-process pool), one server thread per connection, plus one
 * connection each process keeps open for as long as it uses the manager, its <i>anchor</i>.
 *
 * <h2>Limits</h2>
 * <ul>
 *   <li>Handshakes run side by side on the server's accepting thread, never on a thread per
 *       peer: a socket that connects and says nothing costs the server a socket, not a thread.
 *       Each must finish within 10 seconds; at most 256 run at once, and one more drops the
 *       oldest. A connection gets its server thread once it is authenticated.</li>
 *   <li>A request or reply is at most {@link dev.jmp.manager.BaseManager#maxFrameBytes(int)}
 *       bytes: by default the system property {@code jmp.manager.maxFrameBytes} of the JVM that
 *       starts the manager, else 64 MiB (from 4 KiB to 2 GiB). The server tells each client its
 *       limit. A request over it fails in the caller with {@code [jmp.manager.frame-too-large]}
 *       before it is sent, a reply over it fails the call the same way, and the proxy goes on; a
 *       client that announces a larger frame anyway is disconnected from the header, logged with
 *       that code, nothing of it allocated. A frame under the limit is read into an array that
 *       grows as its bytes arrive, so an announcement costs nothing until its bytes come.</li>
 * </ul>
 *
 * <h2>References</h2>
 * As in Python, the server counts references to its objects, per process: a proxy holds one,
 * taken when the object was created for it, when a reply handed it the object (a list read from
 * a dict, {@code lookup}), or when it was received from another process. When the proxy becomes
 * unreachable, a {@link java.lang.ref.Cleaner} queues the release, and a daemon thread of the
 * process sends the queued releases in batches, so objects of collected proxies are freed soon
 * after a garbage collection, never in the cleaner's thread. An object without references leaves
 * the server's table; if another object still holds it (a list stored in a dict, a published
 * name, a condition's lock) it lives on there, and is counted again when a handle of it is handed
 * out. A proxy sent to another process takes a reference on the receiver's behalf before it is
 * written, which the receiver adopts when it reads it, so the object survives the sender dropping
 * its proxy while the handle is in flight; a handle never read keeps its object until its sender
 * goes. When a process's anchor closes (it exited or was killed), the server drops every
 * reference it held. A handle of another manager's object stored in an object is not
 * counted: keep a proxy of it while it is used there.
 *
 * <h2>When a process dies holding a lock</h2>
 * A {@link dev.jmp.manager.LockProxy}, {@link dev.jmp.manager.RLockProxy} or a
 * {@link dev.jmp.manager.ConditionProxy}'s lock held by a process whose anchor closes (it exited
 * or was killed without releasing it) is released by the server, as jmp's shared-memory locks
 * recover from a dead holder. The next acquisition succeeds like any other but is flagged:
 * {@code wasRecovered()} returns true and a {@code [jmp.manager.owner-died]} warning is logged on
 * the {@code dev.jmp.manager} {@link System.Logger}; whatever the lock guards may be half-updated.
 * A thread of the dead process that was blocked in an acquire, a wait or a take gets nothing,
 * over a Unix socket or TCP alike: when the anchor closes, the server interrupts the calls it
 * runs for the process, and they return taking nothing. More generally, a reply that
 * hands the caller something (a lock, an RLock, a condition's lock taken back after a wait, a
 * permit, items taken from a queue) counts only once the caller acknowledged it, which its
 * process does as soon as it read the reply; until then it is pending, and it is undone (the lock
 * released, the permit returned, the items put back at the head of the queue, even past its
 * bound) if the caller's connection ends first, because the process died or the calling thread
 * was interrupted. A reply written into a dead process's socket is not a reply delivered: over
 * TCP that write succeeds. A process that dies before it acknowledged a lock never knew it held
 * it, so the next acquirer is not told it took the lock over. Semaphore permits are not
 * recovered: a permit belongs to no one, since any process may release it, so the permits a dead
 * process took cannot be told from those it released for others.
 *
 * <h2>Proxies</h2>
 * A proxy wraps a {@link dev.jmp.manager.core.ProxyCore}: one object as a backend holds it. The
 * local manager server is the backend of {@link dev.jmp.manager.BaseManager#start()} and
 * {@link dev.jmp.manager.BaseManager#connect()}; the proxy types are the same over any backend,
 * and {@code dev.jmp.manager.core} says what one must guarantee. This package holds only the API;
 * the local backend is in {@code dev.jmp.manager.client} (this process's side),
 * {@code dev.jmp.manager.server} (the server JVM) and {@code dev.jmp.manager.wire} (the protocol
 * between them).
 *
 * <p>Each method of a proxy is one call to the server and atomic there. Proxies of collections
 * implement the JDK interface faithfully: {@code equals} and {@code hashCode} compare contents
 * (a {@code DictProxy} equals a {@code HashMap} with the same entries), {@code toString} prints
 * as the JDK's collections do. Views ({@code keySet()}, {@code values()}, {@code entrySet()},
 * {@code subList}) are live: their methods are calls on the object. <b>Iterators are
 * snapshots</b>: one call fetches the contents when iteration starts (weakly consistent, like
 * {@code ConcurrentHashMap}'s), and an iterator's {@code remove}, {@code set} or {@code add} acts
 * on the object. Python's iterator proxies are live, a round trip per item, and raise when the
 * object changed size; a snapshot costs one round trip for the whole iteration (the README lists
 * this among jmp's intentional differences). Proxies of the other kinds are equal when they refer to the same object.
 *
 * <h2>Shared or copied</h2>
 * <ul>
 *   <li>A proxy is always a reference. Passed to a task whose parameter is a proxy type, returned
 *       from a call, or stored in another object ({@code dict.put("l", manager.list())}), it
 *       still names the same object: a list inside a dict is shared, not copied.</li>
 *   <li>Any other value is copied when it crosses: put into an object, it is copied into the
 *       server; read back, it is a new copy. {@code ((List) dict.get("plain")).add(x)} changes
 *       a copy, as in Python.</li>
 *   <li>{@code copy()} and iteration make plain snapshots. A proxy passed where a plain
 *       {@code Map} or {@code List} is declared ({@code putAll}, {@code addAll}, or a task
 *       parameter of type {@code Map}) is copied too.</li>
 * </ul>
 * Values are encoded by {@link dev.jmp.manager.wire.ValueCodec}: {@code String}, primitive
 * boxes, primitive arrays, enums, public records, {@code List}/{@code Set}/{@code Map} of those
 * and proxies, each tagged with its type; other {@code Serializable} values through Java
 * serialization behind a filter (JDK value types, and the patterns of
 * {@code -Djmp.manager.allow}).
 *
 * <h2>Proxies in other processes</h2>
 * A proxy crosses to a task as a handle: the manager's address, the server's id, the object's id
 * and its type. The authkey does not travel: the handle names it by fingerprint and points at a
 * copy of it in the sender's private directory. So a proxy of a local manager works in every
 * process of the same user on the same machine that receives it while its sender runs; a process
 * elsewhere must know the key already, by connecting with it.
 *
 * <h2>Failures</h2>
 * An exception in the server comes back to the caller as the same type when that is safe (an
 * unchecked exception, a JDK error, or a checked exception the method declares, with a public
 * message constructor; nothing is deserialized), otherwise as a {@link dev.jmp.manager.RemoteException}
 * naming the remote class. Its stack trace is the server's, then the caller's; causes come along.
 * A manager that has shut down or died turns every call into a
 * {@link dev.jmp.manager.ManagerUnavailableException} at once: its sockets are closed, so no call
 * waits for it. A blocking call ({@code take}, {@code acquire(Duration)}, {@code await}) ends with
 * {@code InterruptedException} when its thread is interrupted; whatever the server had acquired
 * or taken for it meanwhile is released or put back.
 */
package dev.jmp.manager;
