package dev.jmp.cluster.objects;

import com.hazelcast.core.HazelcastException;
import dev.jmp.internal.WireInput;
import dev.jmp.manager.core.ApiTypes;
import dev.jmp.manager.core.ArrayMethods;
import dev.jmp.manager.core.Method;
import dev.jmp.manager.core.Shape;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

/**
 * A kind held as a {@link Machine} in one entry of the state map, changed only by {@link Step}s.
 * A call that has to wait tries again when the entry changes (an entry event, which this JVM
 * receives while it has waiters there: {@link FollowedKeys}) and at least every
 * {@link Wakeups#POLL_NANOS}, and gives up at its deadline or on an interrupt with a last step that
 * leaves nothing taken (or, for a condition, that takes its lock back).
 */
final class MachineKind implements Kind {

    private static final byte[] NONE = new byte[0];

    private final int machine;
    private final BiFunction<Object[], ApiTypes, byte[]> initial;

    MachineKind(int machine, BiFunction<Object[], ApiTypes, byte[]> initial) {
        this.machine = machine;
        this.initial = initial;
    }

    @Override
    public void create(ObjectSpace space, String key, Object[] arguments) {
        byte[] entry = StepLog.initial(initial.apply(arguments, space.api));
        Redo.call(() -> space.state.putIfAbsent(key, entry));
    }

    @Override
    public void destroy(ObjectSpace space, String key) {
        Redo.call(() -> space.state.remove(key));
    }

    @Override
    public Object call(ClusterCore core, Method<?> method, Object[] arguments, boolean interruptible)
            throws InterruptedException {
        ObjectSpace space = core.space;
        Object result = run(core, machine, method.number(), Encoded.arguments(method, arguments, space.api),
                Encoded.timeout(method, arguments), interruptible, core.describe());
        if (result instanceof WireInput in) {
            if (machine == Machines.ARRAY && method == ArrayMethods.COPY) {
                return Encoded.values(in, space.api);
            }
            return Encoded.result(method.result(), in, space.api);
        }
        return result;
    }

    /** Runs one method of a machine to its end; returns the reply's result, still encoded. */
    static WireInput run(ClusterCore core, int machine, int method, byte[] args, long timeout, boolean interruptible,
                         String what) throws InterruptedException {
        return run(core, machine, method, args, timeout, interruptible, what, null);
    }

    /** {@link #run}, calling {@code onceBlocked} when the first step answered that the call waits. */
    static WireInput run(ClusterCore core, int machine, int method, byte[] args, long timeout, boolean interruptible,
                         String what, Runnable onceBlocked) throws InterruptedException {
        if (interruptible && Thread.interrupted()) {
            throw new InterruptedException();
        }
        ObjectSpace space = core.space;
        long deadline = timeout == Shape.FOREVER ? Long.MAX_VALUE : System.nanoTime() + timeout;
        boolean forever = timeout == Shape.FOREVER;
        boolean interrupted = false;
        boolean pendingInterrupt = false;
        boolean gaveUp = false;
        boolean first = true;
        boolean counted = false;
        boolean following = false;
        boolean registered = false;
        long seen = space.wakeups.version(core.key);
        WireInput reply = step(core, machine, method, Machine.ATTEMPT, args, NONE);
        byte status;
        try {
            while ((status = reply.readByte()) == Replies.BLOCKED) {
                byte[] ticket = reply.readBytes();
                if (!counted) {
                    counted = true;
                    space.waiting(core.key, 1);
                    boolean pending = Thread.interrupted(); // as for a step: an interrupt must not cut it short
                    try {
                        registered = space.followed.follow(core.key);
                    } catch (HazelcastException e) {
                        throw core.unavailable(e);
                    } finally {
                        if (pending) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    following = true;
                    if (onceBlocked != null) {
                        onceBlocked.run();
                    }
                }
                if (first && forever && machine == Machines.BARRIER) {
                    long barrierDefault = new WireInput(ticket, 12, 8).readLong();
                    if (barrierDefault != Shape.FOREVER) {
                        forever = false;
                        deadline = System.nanoTime() + barrierDefault;
                    }
                }
                first = false;
                int phase = Machine.RETRY;
                if (!gaveUp && interruptible && Thread.interrupted()) {
                    interrupted = true;
                    gaveUp = true;
                    phase = Machine.ABANDON;
                } else if (!gaveUp && !forever && deadline - System.nanoTime() <= 0) {
                    gaveUp = true;
                    phase = Machine.GIVE_UP;
                } else if (registered) {
                    // this JVM listens to the key from now on: a change since the first step sent it no
                    // event, so it tries again at once
                    registered = false;
                } else {
                    try {
                        space.wakeups.await(core.key, seen, gaveUp || forever ? Wakeups.POLL_NANOS
                                : deadline - System.nanoTime());
                    } catch (InterruptedException e) {
                        if (interruptible && !gaveUp) {
                            interrupted = true;
                            gaveUp = true;
                            phase = Machine.ABANDON;
                        } else {
                            pendingInterrupt = true;
                        }
                    }
                }
                seen = space.wakeups.version(core.key);
                reply = step(core, machine, method, phase, args, ticket);
            }
        } finally {
            if (following) {
                space.followed.unfollow(core.key);
            }
            if (counted) {
                space.waiting(core.key, -1);
            }
            if (pendingInterrupt) {
                Thread.currentThread().interrupt();
            }
        }
        if (status == Replies.FAILED) {
            int code = reply.readInt();
            String message = reply.readString();
            if (interrupted) {
                throw new InterruptedException(message);
            }
            throw failure(code, message + " (" + what + ")", space.api);
        }
        if (interrupted) {
            throw new InterruptedException("interrupted while waiting on " + what);
        }
        return reply;
    }

    /** Runs one step; sent again, with its request number, while the member it went to died with it. */
    static WireInput step(ClusterCore core, int machine, int method, int phase, byte[] args, byte[] ticket) {
        boolean interrupted = Thread.interrupted(); // a pending interrupt must not cut a step short
        try {
            ObjectSpace space = core.space;
            Step step = new Step(machine, method, phase, args, ticket, space.endpoint, Thread.currentThread().getId(),
                    space.nextRequest());
            return new WireInput(Redo.call(() -> space.state.executeOnKey(core.key, step)));
        } catch (HazelcastException e) {
            throw core.unavailable(e);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static RuntimeException failure(int code, String message, ApiTypes api) {
        return switch (code) {
            case Replies.ILLEGAL_MONITOR -> new IllegalMonitorStateException(message);
            case Replies.INDEX -> new IndexOutOfBoundsException(message);
            case Replies.BROKEN_BARRIER -> Sneaky.raise(new BrokenBarrierException(message));
            case Replies.TIMEOUT -> Sneaky.raise(new TimeoutException(message));
            case Replies.GONE -> api.unavailable(message, null);
            default -> new IllegalStateException(message);
        };
    }
}
