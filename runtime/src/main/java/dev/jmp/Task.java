package dev.jmp;

import dev.jmp.internal.ResultDecoder;
import dev.jmp.internal.TaskCall;
import dev.jmp.internal.Tasks;

/**
 * A call of a {@link ProcessTask} method, with its arguments already encoded, ready to run in
 * another process, and the decoder of its result. Tasks are made by the generated factories
 * ({@code GreeterTasks.greet("Alice")}), never by hand, and are immutable values: the same task
 * can start any number of processes.
 *
 * @param <R> the task method's return type ({@link Void} for {@code void})
 */
public final class Task<R> {

    static {
        Tasks.grant(new Tasks.Access() {
            @Override
            public <T> Task<T> task(TaskCall call, ResultDecoder<T> decoder) {
                return new Task<>(call, decoder);
            }

            @Override
            public TaskCall call(Task<?> task) {
                return task.call;
            }

            @Override
            public <T> ResultDecoder<T> decoder(Task<T> task) {
                return task.decoder;
            }
        });
    }

    private final TaskCall call;
    private final ResultDecoder<R> decoder;

    private Task(TaskCall call, ResultDecoder<R> decoder) {
        this.call = call;
        this.decoder = decoder;
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
