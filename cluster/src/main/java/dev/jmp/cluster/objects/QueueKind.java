package dev.jmp.cluster.objects;

import com.hazelcast.collection.IQueue;
import com.hazelcast.config.QueueConfig;
import com.hazelcast.core.HazelcastException;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.core.ApiTypes;
import dev.jmp.manager.core.Method;
import dev.jmp.manager.core.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * A queue as an {@code IQueue} of its own ({@code jmp.q.<key>}), bounded by its configuration when
 * a bound is asked. Waiting is jmp's, not Hazelcast's: a put or take tries without blocking and
 * waits for the queue's item events (or {@link Wakeups#POLL_NANOS}), so an interrupted or timed
 * out call never leaves a take running in the cluster whose item no one receives. A joinable
 * queue adds its count of unfinished items, a {@link JoinCounter} in the state map, raised before
 * an item goes in (so {@code join()} never sees 0 while it is there).
 */
final class QueueKind implements Kind {

    private final boolean joinable;

    QueueKind(boolean joinable) {
        this.joinable = joinable;
    }

    static IQueue<byte[]> queue(ObjectSpace space, String key) {
        return space.hazelcast.getQueue("jmp.q." + key);
    }

    @Override
    public void create(ObjectSpace space, String key, Object[] arguments) {
        int bound = (Integer) arguments[0];
        if (bound > 0) {
            space.hazelcast.getConfig().addQueueConfig(new QueueConfig("jmp.q." + key).setMaxSize(bound));
        }
        if (joinable) {
            space.state.putIfAbsent(key, JoinCounter.state(0));
        }
    }

    @Override
    public void destroy(ObjectSpace space, String key) {
        queue(space, key).destroy();
        if (joinable) {
            space.state.remove(key);
        }
    }

    @Override
    public Object call(ClusterCore core, Method<?> method, Object[] a, boolean interruptible)
            throws InterruptedException {
        ObjectSpace space = core.space;
        ApiTypes api = space.api;
        IQueue<byte[]> queue = queue(space, core.key);
        try {
            return switch (method.number()) {
                case 0 -> offer(core, queue, api.encode(a[0]), (Long) a[1], interruptible);
                case 1 -> poll(core, queue, (Long) a[0], interruptible);
                case 2 -> {
                    byte[] head = queue.peek();
                    yield head == null ? null : api.decode(head);
                }
                case 3 -> queue.size();
                case 4 -> queue.remainingCapacity();
                case 5 -> {
                    List<Object> items = new ArrayList<>();
                    for (byte[] item : queue.toArray(new byte[0][])) {
                        items.add(api.decode(item));
                    }
                    yield items;
                }
                case 6 -> queue.contains(api.encode(a[0]));
                case 7 -> {
                    boolean removed = queue.remove(api.encode(a[0]));
                    if (removed) {
                        count(core, -1);
                    }
                    yield removed;
                }
                case 8 -> {
                    List<byte[]> all = new ArrayList<>();
                    queue.drainTo(all);
                    count(core, -all.size());
                    yield null;
                }
                case 9 -> {
                    List<byte[]> taken = new ArrayList<>();
                    queue.drainTo(taken, (Integer) a[0]);
                    List<Object> items = new ArrayList<>(taken.size());
                    taken.forEach(t -> items.add(api.decode(t)));
                    yield items;
                }
                case 10 -> {
                    MachineKind.run(core, Machines.JOIN_COUNTER, JoinCounter.TASK_DONE, new byte[0], 0, false,
                            core.describe());
                    yield null;
                }
                default -> MachineKind.run(core, Machines.JOIN_COUNTER, JoinCounter.JOIN, new byte[0], (Long) a[0],
                        interruptible, core.describe()).readBoolean();
            };
        } catch (HazelcastException e) {
            throw core.unavailable(e);
        }
    }

    private boolean offer(ClusterCore core, IQueue<byte[]> queue, byte[] item, long timeout, boolean interruptible)
            throws InterruptedException {
        count(core, 1);
        boolean done = false;
        try {
            done = waitFor(core, queue, timeout, interruptible, () -> queue.offer(item) ? Boolean.TRUE : null) != null;
            return done;
        } finally {
            if (!done) {
                count(core, -1);
            }
        }
    }

    private Object poll(ClusterCore core, IQueue<byte[]> queue, long timeout, boolean interruptible)
            throws InterruptedException {
        byte[] item = waitFor(core, queue, timeout, interruptible, queue::poll);
        return item == null ? null : core.space.api.decode(item);
    }

    /** Tries {@code attempt} until it answers, waking on the queue's events; null at the deadline. */
    private static <T> T waitFor(ClusterCore core, IQueue<byte[]> queue, long timeout, boolean interruptible,
                                 java.util.function.Supplier<T> attempt) throws InterruptedException {
        ObjectSpace space = core.space;
        long deadline = timeout == Shape.FOREVER ? Long.MAX_VALUE : System.nanoTime() + timeout;
        boolean pending = false;
        try {
            while (true) {
                if (interruptible && Thread.interrupted()) {
                    throw new InterruptedException("interrupted while waiting on " + core.describe());
                }
                long seen = space.wakeups.version(core.key);
                boolean wasInterrupted = Thread.interrupted();
                T result;
                try {
                    result = attempt.get();
                } finally {
                    pending |= wasInterrupted;
                }
                if (result != null) {
                    return result;
                }
                long left = deadline - System.nanoTime();
                if (timeout != Shape.FOREVER && left <= 0) {
                    return null;
                }
                space.follow(core.key, queue);
                try {
                    space.wakeups.await(core.key, seen, timeout == Shape.FOREVER ? Wakeups.POLL_NANOS : left);
                } catch (InterruptedException e) {
                    if (interruptible) {
                        throw e;
                    }
                    pending = true;
                }
            }
        } finally {
            if (pending) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void count(ClusterCore core, int delta) throws InterruptedException {
        if (joinable && delta != 0) {
            WireOutput args = new WireOutput(4);
            args.writeInt(delta);
            MachineKind.run(core, Machines.JOIN_COUNTER, JoinCounter.ADD, args.toByteArray(), 0, false,
                    core.describe());
        }
    }
}
