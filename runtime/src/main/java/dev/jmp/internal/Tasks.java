package dev.jmp.internal;

import dev.jmp.Task;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Objects;

/**
 * How generated factories make a {@link Task}, and how jmp's own packages see inside one.
 * {@code Task} has no public constructor: a task is a call of a {@code @ProcessTask} method with
 * its arguments encoded and the decoder of its result, and only the generated factory knows both.
 * The factory of {@code Greeter.square(int)} reads:
 *
 * <pre>{@code
 * return Tasks.task("com.example.jmp_generated.Greeter_square_Entry",
 *         Greeter_square_Entry.encodeArguments(x), "Greeter.square", Greeter_square_Entry::decodeResult);
 * }</pre>
 *
 * A task method that declares checked exceptions has them named last
 * ({@code ..., Greeter_read_Entry::decodeResult, IOException.class}), so that its failures of those
 * classes reach the caller as themselves.
 *
 * <p>{@code Task} hands this class its constructor and accessors once, from its static
 * initializer ({@link #grant}); that is the JDK's own way for one package to reach what another
 * keeps package-private.
 */
public final class Tasks {

    /** What {@link Task} lets this package do; granted once, by {@code Task} itself. */
    public interface Access {

        /** A new task. */
        <R> Task<R> task(TaskCall call, ResultDecoder<R> decoder);

        /** The call of {@code task} as it crosses to another process. */
        TaskCall call(Task<?> task);

        /** The decoder of {@code task}'s result. */
        <R> ResultDecoder<R> decoder(Task<R> task);
    }

    private static volatile Access access;

    private Tasks() {}

    /** Called by {@link Task}'s static initializer, and only there; a second grant is refused. */
    public static synchronized void grant(Access granted) {
        if (access != null) {
            throw new IllegalStateException("[jmp.internal.task-access] access to Task was already granted");
        }
        access = Objects.requireNonNull(granted, "granted");
    }

    /**
     * The task that calls the worker entry {@code entryClass} with {@code arguments} (already
     * encoded), described as {@code description} in messages ({@code Greeter.square}), whose
     * result {@code decoder} decodes.
     */
    public static <R> Task<R> task(String entryClass, byte[] arguments, String description, ResultDecoder<R> decoder) {
        return access().task(new TaskCall(entryClass, arguments, description), Objects.requireNonNull(decoder, "decoder"));
    }

    /**
     * {@link #task(String, byte[], String, ResultDecoder)} of a task method that declares the
     * checked exceptions {@code declared}.
     */
    public static <R> Task<R> task(String entryClass, byte[] arguments, String description, ResultDecoder<R> decoder,
            Class<?>... declared) {
        Objects.requireNonNull(decoder, "decoder");
        List<Class<?>> exceptions = List.of(declared);
        return task(entryClass, arguments, description, new ResultDecoder<R>() {
            @Override
            public R decode(byte[] result) {
                return decoder.decode(result);
            }

            @Override
            public List<Class<?>> declaredExceptions() {
                return exceptions;
            }
        });
    }

    /** The checked exceptions {@code task}'s method declares. */
    public static List<Class<?>> declaredExceptions(Task<?> task) {
        return access().decoder(task).declaredExceptions();
    }

    /** The call of {@code task}: entry class, encoded arguments and description. */
    public static TaskCall call(Task<?> task) {
        return access().call(task);
    }

    /** {@code task}'s result, decoded from what its entry returned. */
    public static <R> R decode(Task<R> task, byte[] result) {
        return access().decoder(task).decode(result);
    }

    private static Access access() {
        Access a = access;
        if (a == null) {
            try {
                MethodHandles.lookup().ensureInitialized(Task.class); // runs its grant
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            a = access;
        }
        return a;
    }
}
