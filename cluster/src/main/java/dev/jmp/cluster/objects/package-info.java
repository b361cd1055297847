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
 *   <li><b>Queue, JoinableQueue</b>: a state machine (below) in one entry, holding its items, its
 *       bound and a joinable queue's count of unfinished items (raised in the step that puts an
 *       item, so {@code join()} never sees 0 while it is there): a queue is as large as one
 *       member's memory allows, and each put or take rewrites its entry, so it suits the queues of
 *       work a program passes between its processes, not a store of many large items (use a dict
 *       or a list for those). A put to a full queue or a take from an empty one waits in this JVM,
 *       and gives up at its deadline or on an interrupt having put or taken nothing.</li>
 *   <li><b>RLock</b>: Hazelcast's lock of a key of {@code jmp.rlocks}, owned by the calling thread
 *       of its endpoint and released by the cluster when that endpoint (a client or a member)
 *       is gone (below); its holder is also written beside it, so the next acquirer learns it took the lock
 *       over ({@code wasRecovered()}). Re-entries are counted in the holder's JVM.</li>
 *   <li><b>Lock, Condition, Semaphore, BoundedSemaphore, Event, Barrier, Value, Array</b>: jmp
 *       state machines, each in one entry of {@code jmp.state}, changed only by entry processors
 *       ({@link dev.jmp.cluster.objects.Step}) that run on the entry's owner, one at a time. A call
 *       that must wait gets a ticket, and tries again when an entry event says the entry changed
 *       and at least every 200 ms, so a lost event cannot strand it. A JVM receives the events of
 *       the entries it has waiters on only (a listener on that key, from its first waiter until
 *       2 s after its last), so a change costs one event per waiting JVM, none for the others;
 *       at its deadline, or on an
 *       interrupt, a last step leaves nothing taken. Backups receive the state the owner computed,
 *       never run the step again. A condition made on a lock ({@code lock.newCondition()}) lives
 *       in the lock's entry, so waiting releases that lock in the same step. A condition made on
 *       an RLock ({@code m.condition(rLock)}) has its waiters in an entry of their own and the
 *       RLock as its lock, with a local manager's semantics: waiting and signalling need the
 *       RLock held by the calling thread ({@code IllegalMonitorStateException}); a waiter enlists
 *       before it lets go of every hold it has, so no signal sent after that is missed, and takes
 *       as many holds back when signalled or at its deadline, however long that takes. A waiter
 *       whose JVM or member dies holds nothing (it let go to wait), and a signal skips it; a lock
 *       of another manager is refused ({@code [jmp.cluster.condition-lock]}). A barrier's action runs in the
 *       JVM of the party that arrives last, before any party is released (the cluster has no
 *       server process to run it in): an action that throws breaks the barrier, that party gets
 *       its exception and the others {@code BrokenBarrierException}; a last party that dies while
 *       acting leaves the others to break out at their timeout.</li>
 * </ul>
 * Values travel and rest as bytes (Hazelcast serializes nothing of the application); a proxy of a
 * cluster object inside a value is held as its handle and stays a reference; a local manager's
 * proxy there is refused. {@code @Shared} classes and {@code m.pool()} are served by local
 * managers only ({@code [jmp.cluster.no-shared]}, {@code [jmp.cluster.unsupported]}).
 *
 * <h2>Calls in flight when a member dies</h2>
 * Each partition has an owner and a synchronous backup; when the owner dies, the backup takes over
 * with every change the owner passed it. A call in flight to the dead member may or may not have run
 * there, and one whose owner answered before its backup had it would be lost with the owner:
 * Hazelcast's client repeats only the calls that read, and jmp configures clients and members to
 * fail the others in doubt ({@code TargetDisconnectedException},
 * {@code IndeterminateOperationStateException} when the backup did not acknowledge in time)
 * rather than report a success the new owner does not hold. jmp sends a call again ({@code Redo}, for up to two minutes)
 * where doing so cannot apply it twice, and says, per kind, what a caller gets:
 * <ul>
 *   <li><b>State machines</b> (Lock, Condition, Semaphore, BoundedSemaphore, Event, Barrier, Value,
 *       Array, Queue, JoinableQueue): <b>exactly once</b>, with the first run's answer. Each step
 *       carries a request number; one that changes the entry records its answer there, per
 *       (endpoint, thread), and a step sent again finds it and changes nothing
 *       ({@code StepLog}). A lock acquired, a permit taken or released, an item put or taken, a
 *       barrier arrival: once each. A wait in progress goes on at the new owner.</li>
 *   <li><b>dict, set, Namespace</b>: a write that keeps its key ({@code put}, {@code putIfAbsent},
 *       {@code replace}, a set's {@code add}, an attribute set) is <b>exactly once</b>, with the
 *       first run's answer (the step's request number and answer are kept beside the value until
 *       the key is written again: a key written over holds its previous value too). A removal
 *       ({@code remove}, {@code pop}, a set's {@code remove}, {@code clear}) removes once, but its
 *       repeat may <b>answer as if the key were absent</b>. {@code popItem} is not repeated (a
 *       repeat could take a second item): in doubt it fails with {@code [jmp.cluster.unavailable]}
 *       saying that it may or may not have taken effect. {@code putAll} and the snapshots are
 *       several calls, each as above.</li>
 *   <li><b>list</b>: reads and {@code clear} are repeated; a call that changes the list at a
 *       position or appends is <b>not</b> (repeated, it could add twice): in doubt it fails with
 *       {@code [jmp.cluster.unavailable]} saying that it may or may not have taken effect.</li>
 *   <li><b>RLock</b>: an acquisition in doubt is undone (the thread releases the lock until the
 *       cluster says it holds it no more) and tried again; a release in doubt is made sure of the
 *       same way: held once, released once.</li>
 * </ul>
 * A call that finds no member within the client's connection timeout fails with
 * {@code [jmp.cluster.unavailable]}, as before.
 *
 * <h2>Owners, death and lifetimes</h2>
 * A lock or condition records its holder as (endpoint, thread): the endpoint is the Hazelcast
 * client of a driver or of a worker JVM, or a member for tasks run in the member. Whether an
 * endpoint is gone has one answer in the cluster ({@code ClientPresence}): a member is gone when
 * it leaves the cluster; a client, when <b>no member</b> has had it connected for a grace period
 * of <b>10 s</b>. A client's connection to one member says nothing of the others: under load a
 * live client may lose its connection to one member and make it again, keeping the others, and
 * one that loses its last connection sees it fail at once, or within its heartbeat timeout (5 s)
 * if the connection hangs, and tries again within its back-off (at most 1 s); 10 s covers that
 * twice over, and is also how long a member keeps a silent driver's session. Each member writes
 * the clients connected to it in {@code jmp.clients} and reads the other members' every second,
 * so a step, which runs on a partition thread and must not wait, asks its own member's view; a
 * client that view has not heard of yet (just connected elsewhere) starts its grace period when
 * first asked about, and a view that could not be brought up to date for half the grace period
 * takes no one for gone. So:
 * <ul>
 *   <li>A client that reconnects within the grace period, or keeps a connection to any member,
 *       keeps its locks, its place among a condition's waiters and its unnamed objects.</li>
 *   <li>A holder whose endpoint is gone is taken over by the next acquirer, who is told
 *       ({@code wasRecovered()}), as local managers do; until the grace period has passed, an
 *       acquirer waits for it like for any holder (its timeout may end first). Waiters whose
 *       endpoint is gone are skipped by signals; a signal sent within the grace period of a
 *       waiter's death may still go to it, and is lost with it.</li>
 *   <li>As on one machine, semaphore permits are not recovered. Unlike a local manager, a grant
 *       whose reply never reached a caller that died is not undone: the lock is recovered from it
 *       like from any dead holder, and that acquirer is told. A barrier party that dies leaves
 *       the others to break out at their timeout.</li>
 *   <li>Unnamed objects are recorded in {@code jmp.owned} under their creator's endpoint and
 *       freed when its manager closes, or, when the creator is gone (about a second after its
 *       grace period), by the oldest member ({@code ObjectReaper}); a member that becomes the
 *       oldest takes the work over, including for a client that left just before the old oldest
 *       member did. Objects made by name ({@code m.dict("scores")}, created once by whoever
 *       comes first) or published stay until the cluster ends.</li>
 *   <li>An RLock is Hazelcast's map lock, released by Hazelcast's own clean-up of a client no
 *       member has connected, which looks every 10 s and allows no grace period.</li>
 * </ul>
 * A client cut off from every member for longer than the grace period is gone to the cluster even
 * if its JVM lives on: its next call on a freed object fails with
 * {@code [jmp.cluster.object-gone]}. A process handed a proxy (a task on a member's worker JVM)
 * joins the cluster named in the handle as a client of its own, on first use.
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
 *
 * <h2>The CP subsystem, when the cluster has it</h2>
 * Hazelcast's CP subsystem (Raft groups of CP members: FencedLock, ISemaphore, ICountDownLatch,
 * CP atomics, linearizable) needs the Enterprise Edition, a license that enables it, CP members
 * configured on the members and the Enterprise jar in the JVMs. A JVM finds out when it first
 * reaches the cluster ({@code CpSubsystem}: a probe on a CP atomic; in the Community Edition
 * every CP call fails with {@code UnsupportedOperationException}, on members and clients alike),
 * says which it uses at FINE on {@code dev.jmp.cluster}, and a manager tells it
 * ({@code ClusterObjects.usesCpSubsystem()}). When the CP subsystem is there:
 * <ul>
 *   <li><b>RLock</b> is a FencedLock ({@code jmp.rlock.<key>}): mutual exclusion holds across a
 *       network partition (the minority side cannot take it), re-entries are counted by the lock,
 *       and a holder whose endpoint dies loses the lock when its CP session expires (Hazelcast's
 *       session time to live, 5 minutes by default, not at once as with a map lock); the next
 *       acquirer is told ({@code wasRecovered()}). Conditions on it work as above.</li>
 *   <li><b>Semaphore</b> (not bounded) is an ISemaphore ({@code jmp.semaphore.<key>}), whose
 *       permits are linearizable. Python's permits belong to no one, so jmp's members configure
 *       {@code jmp.semaphore.*} JDK-compatible ({@code setup.HazelcastConfigs}; a session-aware
 *       ISemaphore refuses a release by a caller that acquired nothing); members started
 *       otherwise must do the same. A dead caller's permits are not recovered, as above.</li>
 *   <li>The others stay state machines with the guarantees above: a Lock may be released by any
 *       caller, which a FencedLock refuses; a BoundedSemaphore must refuse a release above its
 *       bound in the step that releases, which an ISemaphore cannot; Event, Condition, Barrier,
 *       Value, Array and the containers have no CP counterpart with their semantics.</li>
 * </ul>
 * Which kind an object is, is fixed when it is made (its key says it), so every JVM that reaches
 * it uses the same one. This path is tested only when a license is present
 * ({@code CpPrimitivesTest}); without one, {@code CpDetectionTest} checks that the Community
 * Edition is found to have no CP subsystem and the state machines serve.
 */
package dev.jmp.cluster.objects;
