package dev.jmp.backend;

import dev.jmp.internal.TaskCall;
import dev.jmp.launch.child.TaskEntries;
import dev.jmp.spi.Outcome;
import dev.jmp.wire.RemoteFailure;

/**
 * Runs one task on the calling thread as a worker JVM runs it: through its generated entry, the
 * value as the entry encoded it, a failure as jmp encodes a remote one, so that the caller decodes
 * and rebuilds it exactly as it would a child's.
 */
final class ThreadTasks {

    private ThreadTasks() {}

    static Outcome run(TaskEntries entries, TaskCall call) {
        try {
            return Outcome.value(entries.get(call.entryClass()).invoke(call.arguments()));
        } catch (Throwable t) {
            return failure(t);
        }
    }

    static Outcome failure(Throwable t) {
        try {
            return new Outcome(true, RemoteFailure.of(t).encode());
        } catch (RuntimeException encoding) {
            return new Outcome(true, RemoteFailure.of(new IllegalStateException(t.getClass().getName()
                    + " (its details could not be encoded: " + encoding + ")")).encode());
        }
    }
}
