/**
 * The objects of {@code Manager.cluster(context)}: a manager whose dicts, lists, queues, locks and
 * other primitives a Hazelcast cluster holds, behind the same proxy types as a local manager's
 * ({@code dev.jmp.manager.core} is the seam). Not user API: the runtime reaches it through the
 * {@code HazelcastBackend} ({@code BackendProvider.manager}); programs write
 *
 * <pre>{@code
 * try (SyncManager m = Manager.cluster(Multiprocessing.getContext(StartMethod.CLUSTER))) {
 *     QueueProxy<Job> jobs = m.queue(100);
 *     DictProxy<String, Integer> scores = m.dict("scores");   // found again by name, outlives the program
 *     ctx.process(WorkerTasks.work(jobs, scores)).start();     // the proxies work on any member
 * }
 * }</pre>
 *
 * <h2>How each kind is held</h2>
 * <ul>
 *   <li><b>dict, Namespace, set</b>: an {@code IMap} each ({@code jmp.d.<key>}), keys and values
 *       encoded as a local manager encodes them (so {@code 2} and {@code 2L} differ and null is a
 *       key like any other); a value is held after its key's sequence number, taken from the
 *       putting JVM's clock, which orders the keys as Python's dict does: across machines, to
 *       their clocks' agreement. Single-key calls are entry processors, atomic on their key;
 *       {@code putAll}, {@code clear}, snapshots and a set's bulk calls are not atomic across keys.</li>
 *   <li><b>list</b>: an {@code IList}, which lives in one partition: a list is as large as one
 *       member's memory allows and is served by that member alone. {@code setAll} and
 *       {@code removeRange} are several calls.</li>
 *   <li><b>Queue</b>: an {@code IQueue}, bounded by its configuration when a bound is asked (the
 *       configuration stays in the cluster after the queue is freed). Puts and takes never block
 *       inside Hazelcast: they try, and wait in this JVM for the queue's item events or a 200 ms
 *       timer, so an interrupted or timed-out take leaves no take running whose item no one gets.
 *       <b>JoinableQueue</b> adds a counter of unfinished items (a state machine, below), raised
 *       before an item goes in.</li>
 *   <li><b>RLock</b>: Hazelcast's lock of a key of {@code jmp.rlocks}, owned by the calling thread
 *       of its endpoint and released by the cluster when that endpoint (a client or a member)
 *       dies; its holder is also written beside it, so the next acquirer learns it took the lock
 *       over ({@code wasRecovered()}). Re-entries are counted in the holder's JVM.</li>
 *   <li><b>Lock, Condition, Semaphore, BoundedSemaphore, Event, Barrier, Value, Array</b>: jmp
 *       state machines, each in one entry of {@code jmp.state}, changed only by entry processors
 *       ({@link dev.jmp.cluster.objects.Step}) that run on the entry's owner, one at a time. A call
 *       that must wait gets a ticket, and tries again when an entry event says the entry changed
 *       and at least every 200 ms, so a lost event cannot strand it; at its deadline, or on an
 *       interrupt, a last step leaves nothing taken. Backups receive the state the owner computed,
 *       never run the step again. A condition made on a lock ({@code lock.newCondition()}) lives
 *       in the lock's entry, so waiting releases that lock in the same step; conditions on an
 *       RLock are refused ({@code [jmp.cluster.condition-lock]}), Hazelcast's locks having none.
 *       A barrier runs no action ({@code [jmp.cluster.barrier-action]}).</li>
 * </ul>
 * Values travel and rest as bytes (Hazelcast serializes nothing of the application); a proxy of a
 * cluster object inside a value is held as its handle and stays a reference; a local manager's
 * proxy there is refused. {@code @Shared} classes and {@code m.pool()} are served by local
 * managers only ({@code [jmp.cluster.no-shared]}, {@code [jmp.cluster.unsupported]}).
 *
 * <h2>Owners, death and lifetimes</h2>
 * A lock or condition records its holder as (endpoint, thread): the endpoint is the Hazelcast
 * client of a driver or of a worker JVM, or a member for tasks run in the member. A holder whose
 * endpoint is gone (no longer a member, no longer a client connected to the member that owns the
 * entry) is taken over by the next acquirer, who is told ({@code wasRecovered()}), as local
 * managers do; waiters whose endpoint is gone are skipped by signals. As on one machine,
 * semaphore permits are not recovered. Unlike a local manager, a grant whose reply never reached
 * a caller that died is not undone: the lock is recovered from it like from any dead holder, and
 * that acquirer is told. A barrier party that dies leaves the others to break out at their
 * timeout. Unnamed objects are recorded in {@code jmp.owned} under their creator's endpoint and
 * freed when its manager closes, or, when the creator dies, by the oldest member; objects made by
 * name ({@code m.dict("scores")}, created once by whoever comes first) or published stay until the
 * cluster ends. A process handed a proxy (a task on a member's worker JVM) joins the cluster named
 * in the handle as a client of its own, on first use.
 *
 * <h2>What the Community Edition guarantees, and what it does not</h2>
 * Hazelcast's data structures are AP: each partition has one owner and (by default) one
 * synchronous backup, so the loss of one member at a time loses nothing once backups are
 * complete, but nothing is linearizable across a network partition. When the cluster splits,
 * each side goes on serving the partitions it holds or promotes: <b>a lock can then be held on
 * both sides at once</b> (two holders), a semaphore hand out its permits twice, an item be taken
 * on both sides. When the sides merge, the smaller side's entries are merged into the larger's by
 * each structure's merge policy (Hazelcast's default, {@code PutIfAbsentMergePolicy} for maps:
 * the larger side's state wins, the smaller side's changes to existing entries are lost; queue
 * and list items of the smaller side are added). Hazelcast's split-brain protection (a minimum
 * cluster size per structure) is <b>off by default</b> and jmp does not configure it; a cluster
 * on a trusted LAN with members lost one at a time is the setting these guarantees are for.
 * The CP subsystem (FencedLock, ISemaphore, ICountDownLatch, CP atomics: linearizable, with
 * fencing) needs the Enterprise Edition; using it when present is <b>not done</b>: there is no
 * license here to test it, and this package never touches it.
 */
package dev.jmp.cluster.objects;
