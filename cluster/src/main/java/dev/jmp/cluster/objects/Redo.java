package dev.jmp.cluster.objects;

import com.hazelcast.core.HazelcastException;
import com.hazelcast.core.IndeterminateOperationStateException;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Runs a call again when the member it went to died with it in flight. Hazelcast's client does not
 * repeat a call that changes data when the connection it was sent on closes (it cannot tell whether
 * the member ran it), and fails it with {@code TargetDisconnectedException}; a write whose backup
 * did not acknowledge it fails with {@code IndeterminateOperationStateException} (jmp's
 * configuration asks for it, see {@code setup.HazelcastConfigs}); a member repeats its own calls. Only calls that are idempotent, or made so (a {@link Step}'s request number), go
 * through here: sent again, they reach the partition's new owner, which holds what the dead one
 * passed to its backup. They are repeated for up to {@link #LIMIT_NANOS}, past which the cluster is
 * taken for lost.
 */
final class Redo {

    /** How long a call is repeated while its member's partitions move to the others. */
    static final long LIMIT_NANOS = TimeUnit.SECONDS.toNanos(120);
    private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private Redo() {}

    /** Runs {@code call}, again while it fails because its member left before answering. */
    static <T> T call(Supplier<T> call) {
        long deadline = System.nanoTime() + LIMIT_NANOS;
        while (true) {
            try {
                return call.get();
            } catch (HazelcastException e) {
                if (!inDoubt(e) || System.nanoTime() - deadline > 0) {
                    throw e;
                }
                LockSupport.parkNanos(PAUSE_NANOS);
            }
        }
    }

    /** Whether {@code e} says a call may or may not have run on a member that left. */
    static boolean inDoubt(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TargetDisconnectedException || t instanceof MemberLeftException
                    || t instanceof IndeterminateOperationStateException) {
                return true;
            }
        }
        return false;
    }
}
