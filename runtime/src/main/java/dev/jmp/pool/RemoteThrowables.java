package dev.jmp.pool;

import dev.jmp.Task;
import dev.jmp.internal.task.Tasks;
import dev.jmp.spi.Outcome;
import dev.jmp.wire.RebuildPolicy;
import dev.jmp.wire.RemoteFailure;
import java.util.List;

/**
 * Rebuilds an exception a worker sent as a {@link RemoteFailure}, by the wire's one
 * {@link RebuildPolicy}: the same class for the JDK's everyday exceptions and jmp's own (a checked
 * one only when the task method declares it), otherwise a {@link RemoteTaskException} naming it.
 * Either way with the worker's stack trace, cause chain and suppressed exceptions; nothing is
 * deserialized, and no class is loaded because the worker named it.
 */
final class RemoteThrowables {

    private RemoteThrowables() {}

    /** The exception of {@code task}'s failed {@code outcome}. */
    static Throwable rebuild(Task<?> task, Outcome outcome) {
        return rebuild(outcome, Tasks.declaredExceptions(task));
    }

    /** The exception of a failed {@code outcome} of a call that declares no checked exception (an initializer). */
    static Throwable rebuild(Outcome outcome) {
        return rebuild(outcome, List.of());
    }

    private static Throwable rebuild(Outcome outcome, List<Class<?>> declared) {
        return RebuildPolicy.rebuild(RemoteFailure.decode(outcome.payload()), declared,
                (className, message, cause) -> new RemoteTaskException(className, message));
    }
}
