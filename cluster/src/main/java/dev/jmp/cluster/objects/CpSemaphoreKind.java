package dev.jmp.cluster.objects;

import com.hazelcast.core.HazelcastException;
import com.hazelcast.cp.ISemaphore;
import dev.jmp.manager.core.Method;
import dev.jmp.manager.core.Shape;
import java.util.concurrent.TimeUnit;

/**
 * An unbounded semaphore as the CP subsystem's {@link ISemaphore} {@code jmp.semaphore.<key>}, when
 * the cluster has it ({@link CpSubsystem}): linearizable. A permit belongs to no one, as Python's
 * (any caller releases, above the initial value too), which is the ISemaphore's JDK-compatible
 * mode, in which jmp's members configure {@code jmp.semaphore.*} (a semaphore left session-aware
 * would refuse a release by a caller that acquired nothing). A bounded semaphore stays a state
 * machine: an ISemaphore cannot refuse a release above the bound in the same step.
 */
final class CpSemaphoreKind implements Kind {

    static final String NAME_PREFIX = "jmp.semaphore.";

    private static ISemaphore semaphore(ObjectSpace space, String key) {
        return space.hazelcast.getCPSubsystem().getSemaphore(NAME_PREFIX + key);
    }

    @Override
    public void create(ObjectSpace space, String key, Object[] arguments) {
        int value = (Integer) arguments[0];
        if (value < 0) {
            throw new IllegalArgumentException("a semaphore's initial value must be 0 or more, not " + value);
        }
        semaphore(space, key).init(value); // false when it was made already: its permits stay
    }

    @Override
    public void destroy(ObjectSpace space, String key) {
        semaphore(space, key).destroy();
    }

    @Override
    public Object call(ClusterCore core, Method<?> method, Object[] a, boolean interruptible)
            throws InterruptedException {
        ISemaphore semaphore = semaphore(core.space, core.key);
        try {
            return switch (method.number()) {
                case 0 -> acquire(core, semaphore, (Long) a[0], interruptible);
                case 1 -> {
                    semaphore.release();
                    yield null;
                }
                default -> semaphore.availablePermits();
            };
        } catch (HazelcastException e) {
            throw core.unavailable(e);
        }
    }

    private static boolean acquire(ClusterCore core, ISemaphore semaphore, long timeout, boolean interruptible)
            throws InterruptedException {
        if (interruptible && Thread.interrupted()) {
            throw new InterruptedException();
        }
        core.space.waiting(core.key, 1);
        try {
            if (timeout != Shape.FOREVER) {
                return semaphore.tryAcquire(timeout, TimeUnit.NANOSECONDS);
            }
            if (interruptible) {
                semaphore.acquire();
                return true;
            }
            boolean interrupted = Thread.interrupted(); // an uninterruptible call: kept for later
            try {
                while (true) {
                    try {
                        semaphore.acquire();
                        return true;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        } finally {
            core.space.waiting(core.key, -1);
        }
    }
}
