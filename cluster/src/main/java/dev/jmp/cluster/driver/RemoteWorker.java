package dev.jmp.cluster.driver;

import dev.jmp.cluster.wire.Command;
import dev.jmp.cluster.wire.Reply;
import dev.jmp.internal.TaskCall;
import dev.jmp.spi.Outcome;
import dev.jmp.spi.WorkerEvents;
import dev.jmp.spi.WorkerExit;
import dev.jmp.spi.WorkerHandle;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A pool's worker on a member: a worker JVM of the member (or a thread of it, in the in-member
 * mode) that the member starts and relays. Verbs go to the member as commands of the channel's
 * session, in order; events come back through the channel's {@link EventPump}, one at a time. A
 * member that dies or closes the session makes this worker report a loss with its machine.
 */
final class RemoteWorker implements WorkerHandle {

    final long id;
    private final RemoteWorkers pool;
    private final String name;
    private final WorkerEvents events;
    private final CountDownLatch gone = new CountDownLatch(1);
    private volatile MemberChannel channel;
    private volatile long pid = -1;

    RemoteWorker(RemoteWorkers pool, long id, String name, WorkerEvents events) {
        this.pool = pool;
        this.id = id;
        this.name = name;
        this.events = events;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String host() {
        MemberChannel c = channel;
        return c == null ? "?" : c.address;
    }

    @Override
    public long pid() {
        return pid;
    }

    /** Places the worker on a member and waits until the member has started it. */
    @Override
    public void start() {
        MemberChannel c = pool.client.place();
        channel = c;
        c.register(this);
        pool.started(this);
        Reply reply = MemberChannel.await(c.send(new Command.StartWorker(id, pool.pool, name, pool.inMember(), pool.daemon,
                pool.jvmOptions, pool.initializer, pool.reuse.toMillis())), c.address);
        if (reply.status() != Reply.Status.OK && c.unregister(this)) {
            pool.exited(this);
            gone.countDown();
            throw new IllegalStateException(reply.message());
        }
        // else started; or lost with its member meanwhile, which it has been told as its exit
    }

    @Override
    public void send(long batchId, List<TaskCall> calls) {
        channel.send(new Command.RunBatch(id, batchId, calls));
    }

    @Override
    public void retire() {
        channel.send(new Command.WorkerVerb(id, Command.Verb.RETIRE));
    }

    /**
     * The pool is done with this worker: a worker JVM may wait on its member for this driver's
     * next pool, and reports its exit once it left this one, as a retired worker.
     */
    @Override
    public void release() {
        channel.send(new Command.WorkerVerb(id, Command.Verb.RELEASE));
    }

    @Override
    public void kill() {
        MemberChannel c = channel;
        if (c != null) {
            c.send(new Command.WorkerVerb(id, Command.Verb.KILL));
        }
    }

    void stop() {
        MemberChannel c = channel;
        if (c != null) {
            c.send(new Command.WorkerVerb(id, Command.Verb.STOP));
        }
    }

    boolean awaitExit(long millis) throws InterruptedException {
        return gone.await(millis, TimeUnit.MILLISECONDS);
    }

    void ready(long workerPid, Outcome initializer) {
        pid = workerPid;
        events.ready(initializer);
    }

    void outcomes(long batchId, int first, List<Outcome> outcomes, long busyNanos) {
        events.outcomes(batchId, first, outcomes, busyNanos);
    }

    void exited(WorkerExit exit) {
        pool.exited(this);
        events.exited(exit);
        gone.countDown();
    }

    /** Lost with its member, or with the session there, for {@code cause}. */
    void lost(String cause) {
        exited(WorkerExit.lostWithMachine(cause));
    }

    @Override
    public String toString() {
        return name + " (pid " + pid + " on " + host() + ")";
    }
}
