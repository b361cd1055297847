package dev.jmp;

import dev.jmp.internal.ResultDecoder;
import dev.jmp.internal.TaskCall;

/**
 * A call of a {@link ProcessTask} method, with its arguments already encoded, ready to run in
 * another process, and the decoder of its result. Tasks are made by the generated factories
 * ({@code GreeterTasks.greet("Alice")}), never by hand, and are immutable values: the same task
 * can start any number of processes.
 *
 * @param <R> the task method's return type ({@link Void} for {@code void})
 */
public final class Task<R> {

    private final TaskCall call;
    private final ResultDecoder<R> decoder;
    /**
     * The task's place among those its decoder stands for: a task a map wrote into a chunk has
     * the chunk as decoder and its index here, so that it is one object, not two; 0 otherwise.
     */
    private final int slot;

    /** Called only by {@code dev.jmp.internal.task.Tasks}, through a private lookup. */
    private Task(TaskCall call, ResultDecoder<R> decoder, int slot) {
        this.call = call;
        this.decoder = decoder;
        this.slot = slot;
    }

    /** The call as it crosses to another process; {@link Process} reads it, other packages through {@code Tasks}. */
    TaskCall call() {
        return call;
    }

    /** What the task calls, for messages: {@code Greeter.greet}. */
    public String description() {
        return call.description();
    }

    @Override
    public String toString() {
        return "Task[" + call.description() + "]";
    }
}
