package dev.jmp.launch.parent;

import dev.jmp.internal.TaskCall;
import dev.jmp.link.LinkListener;
import java.util.List;
import java.util.Objects;

/**
 * Everything needed to start one child: its name, whether it is a daemon, the JVM options the
 * context and the process add to the inherited ones, and either its task or, for a pool worker,
 * the session that talks to it.
 *
 * @param task the one task of a process child; null for a worker
 * @param session for a worker, the parent's side of its control channel: it answers the hello
 *     and gets every frame; null for a process child
 */
public record ChildSpec(String name, boolean daemon, List<String> jvmOptions, TaskCall task, LinkListener session) {

    public ChildSpec {
        jvmOptions = List.copyOf(jvmOptions);
        if ((task == null) == (session == null)) {
            throw new IllegalArgumentException("a child has either a task or a worker session");
        }
    }

    /** A process child that runs {@code task} once. */
    public ChildSpec(String name, boolean daemon, List<String> jvmOptions, TaskCall task) {
        this(name, daemon, jvmOptions, Objects.requireNonNull(task, "task"), null);
    }

    /**
     * A pool worker: a daemon child whose control channel belongs to {@code session}. The
     * session reports the worker's death itself, so the launcher does not.
     */
    public static ChildSpec worker(String name, List<String> jvmOptions, LinkListener session) {
        return new ChildSpec(name, true, jvmOptions, null, Objects.requireNonNull(session, "session"));
    }

    /** Whether this child is a pool worker. */
    public boolean isWorker() {
        return session != null;
    }
}
