/**
 * jmp on many machines: the backend of {@code StartMethod.CLUSTER} ({@link dev.jmp.cluster.HazelcastBackend},
 * found by {@code ServiceLoader}) and the program the machines run ({@link dev.jmp.cluster.Member},
 * started with {@code mvn jmp:member} or {@code java -cp <the project's class path> dev.jmp.cluster.Member}).
 * A program's {@code Pool}, {@code ProcessPoolExecutor} and {@code Process} code is the same as on one
 * machine but for its context; the driver joins the cluster as a Hazelcast client and holds no data.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>An engine, not a cluster of our own.</b> Hazelcast 5.7 Community Edition gives
 *       membership, failure detection within about a second, an executor that carries a call to a
 *       chosen member, and its own serialization. Its executor binds a task to a member when it is
 *       submitted, so a member's backlog would die with it: the driver's pool keeps its queue and
 *       its batching (jmp-runtime's), and gives each remote worker a credit of
 *       {@code jmp.cluster.credit} batches (2). A dead member loses only the batches in its
 *       workers' hands; they fail with {@code [jmp.cluster.member-died] host:port}, or, with
 *       {@code jmp.cluster.retries} above 0 (idempotent tasks only), run again elsewhere.</li>
 *   <li><b>Same code everywhere.</b> A task crosses as (entry name, encoded arguments), in
 *       Hazelcast's own serialization of a byte array: no Java serialization, no code shipped. Each
 *       member publishes a digest of its class path ({@code setup.ClassPathDigest}); a driver
 *       refuses a member whose code differs from its own with {@code [jmp.cluster.digest-mismatch]}
 *       naming the entry, and sends it nothing.</li>
 *   <li><b>Local promises hold on a member.</b> By default a member runs a driver's batches in its
 *       own jmp worker JVMs, so a worker's death fails only its task, {@code cancel(true)} kills the
 *       worker and {@code maxTasksPerChild} replaces it, as on one machine;
 *       {@code jmp.cluster.mode=member} runs them on threads of the member for sub-millisecond
 *       tasks instead. A driver that closes has what it started killed at once (it says goodbye
 *       to each member); one that crashes or is cut off for good, within about 10 s, when its
 *       polls have stopped for that long. A live driver that loses its connection to one member
 *       alone keeps its work there.</li>
 *   <li><b>Security within the Community Edition.</b> It has no TLS and no member authentication:
 *       a member binds to the loopback unless {@code jmp.cluster.interface} names an address, every
 *       command is signed with HMAC-SHA-256 under the cluster key (nonce, time, order, content), and
 *       a member refuses what is unsigned, stale or replayed ({@code member.CommandGuard}); Java
 *       deserialization is limited to an allow-list. The cluster belongs on a trusted network.</li>
 * </ul>
 * The shared objects of {@code Manager.cluster(context)} (dicts, lists, queues, locks and the other
 * primitives behind the local manager's proxy types) are in {@code objects}, which documents what
 * the Community Edition guarantees for them (it is AP: a network partition can give a lock two
 * holders).
 * Packages: {@code setup} (settings, key, digest, Hazelcast configuration), {@code wire} (what
 * crosses, and its signature), {@code driver} (the client side), {@code member} (the member side),
 * {@code objects} (shared objects).
 */
package dev.jmp.cluster;
