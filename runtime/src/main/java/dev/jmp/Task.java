package dev.jmp;

import dev.jmp.internal.TaskCall;
import java.util.Objects;

/**
 * A call of a {@link ProcessTask} method, with its arguments already encoded, ready to run in
 * another process. Tasks are made by the generated factories ({@code GreeterTasks.greet("Alice")})
 * and are immutable values: the same task can start any number of processes.
 *
 * @param <R> the task method's return type ({@link Void} for {@code void})
 */
public final class Task<R> {

    private final TaskCall call;

    /** Used by generated factories; user code gets tasks from those factories. */
    public Task(TaskCall call) {
        this.call = Objects.requireNonNull(call, "call");
    }

    /** What the task calls, for messages: {@code Greeter.greet("Alice")}. */
    public String description() {
        return call.description();
    }

    /** The call as it crosses to another process; for jmp's own packages, not user code. */
    public TaskCall call() {
        return call;
    }

    @Override
    public String toString() {
        return "Task[" + call.description() + "]";
    }
}
