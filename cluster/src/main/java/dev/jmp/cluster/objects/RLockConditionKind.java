package dev.jmp.cluster.objects;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.core.Acquisition;
import dev.jmp.manager.core.Method;
import dev.jmp.manager.core.RLockMethods;

/**
 * A condition made on a reentrant lock ({@code m.condition(rLock)}): its lock is the reentrant
 * lock itself (Hazelcast's), and its waiters a {@link WaitersMachine} in an entry of its own, whose
 * key names the lock ({@link #keyOf}). {@code await} enlists, then lets go of every hold of the
 * lock, waits for a signal or its deadline, and takes the lock back with as many holds, however long
 * that takes; only a thread that holds the lock may wait or signal.
 */
final class RLockConditionKind implements Kind {

    private static final String PREFIX = "r!";

    /** The key of a new condition on the reentrant lock of key {@code lockKey}. */
    static String keyOf(String id, String lockKey) {
        return PREFIX + id + "!" + lockKey;
    }

    /** Whether {@code key} is that of a condition on a reentrant lock. */
    static boolean isOne(String key) {
        return key.startsWith(PREFIX);
    }

    @Override
    public void create(ObjectSpace space, String key, Object[] arguments) {
        byte[] entry = StepLog.initial(WaitersMachine.initial());
        Redo.call(() -> space.state.putIfAbsent(key, entry));
    }

    @Override
    public void destroy(ObjectSpace space, String key) {
        Redo.call(() -> space.state.remove(key));
    }

    @Override
    public Object call(ClusterCore core, Method<?> method, Object[] a, boolean interruptible)
            throws InterruptedException {
        ClusterCore lock = new ClusterCore(core.space, RLockMethods.TYPE_ID,
                core.key.substring(core.key.indexOf('!', PREFIX.length()) + 1), core.manager());
        ReentrantKind rlock = (ReentrantKind) Kinds.of(RLockMethods.TYPE_ID, lock.key);
        return switch (method.number()) {
            case 0 -> rlock.call(lock, RLockMethods.ACQUIRE, a, interruptible);
            case 1 -> rlock.call(lock, RLockMethods.RELEASE, a, interruptible);
            case 2 -> await(core, rlock, lock, (Long) a[0], interruptible);
            default -> {
                requireHeld(rlock, lock, "signal");
                WireOutput n = new WireOutput(4);
                n.writeInt(method.number() == 3 ? (Integer) a[0] : Integer.MAX_VALUE);
                MachineKind.run(core, Machines.WAITERS, WaitersMachine.SIGNAL, n.toByteArray(), 0, false,
                        core.describe());
                yield null;
            }
        };
    }

    private static Acquisition await(ClusterCore core, ReentrantKind rlock, ClusterCore lock, long timeout,
                                     boolean interruptible) throws InterruptedException {
        int holds = requireHeld(rlock, lock, "await()");
        boolean[] released = new boolean[1];
        boolean signalled = false;
        Acquisition back;
        try {
            WireInput in = MachineKind.run(core, Machines.WAITERS, WaitersMachine.AWAIT, new byte[0], timeout,
                    interruptible, core.describe(), () -> {
                        rlock.releaseAll(lock);
                        released[0] = true;
                    });
            signalled = in.readBoolean();
        } finally {
            // taken back even when the wait ended with an interrupt, as a Condition does
            back = released[0] ? rlock.reacquire(lock, holds) : null;
        }
        return Encoded.acquisition(signalled, back != null && back.tookOver());
    }

    private static int requireHeld(ReentrantKind rlock, ClusterCore lock, String what) {
        int holds = rlock.holds(lock);
        if (holds == 0) {
            throw new IllegalMonitorStateException(what + " by a thread that does not hold the condition's lock ("
                    + lock.describe() + ")");
        }
        return holds;
    }
}
