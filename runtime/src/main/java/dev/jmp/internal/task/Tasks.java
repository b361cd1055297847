package dev.jmp.internal.task;

import dev.jmp.Task;
import dev.jmp.internal.ResultDecoder;
import dev.jmp.internal.TaskCall;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
 * <p>This class sits above {@code Task}, which knows nothing of it: it takes {@code Task}'s
 * private constructor and fields once, when it is initialized, with a private lookup in the
 * runtime's own module, and calls them as constant method handles, which the JIT compiles to
 * direct calls. Nothing is looked up per task or per result.
 */
public final class Tasks {

    private static final MethodHandle NEW;
    private static final MethodHandle CALL;
    private static final MethodHandle DECODER;
    private static final MethodHandle SLOT;

    static {
        try {
            MethodHandles.Lookup task = MethodHandles.privateLookupIn(Task.class, MethodHandles.lookup());
            NEW = task.findConstructor(Task.class,
                    MethodType.methodType(void.class, TaskCall.class, ResultDecoder.class, int.class));
            CALL = task.findGetter(Task.class, "call", TaskCall.class);
            DECODER = task.findGetter(Task.class, "decoder", ResultDecoder.class);
            SLOT = task.findGetter(Task.class, "slot", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Tasks() {}

    /**
     * The task that calls the worker entry {@code entryClass} with {@code arguments} (already
     * encoded), described as {@code description} in messages ({@code Greeter.square}), whose
     * result {@code decoder} decodes.
     */
    @SuppressWarnings("unchecked")
    public static <R> Task<R> task(String entryClass, byte[] arguments, String description, ResultDecoder<R> decoder) {
        TaskCall call = new TaskCall(entryClass, arguments, description);
        Objects.requireNonNull(decoder, "decoder");
        try {
            return (Task<R>) (Task<?>) NEW.invokeExact(call, (ResultDecoder<?>) decoder, 0);
        } catch (Throwable e) {
            throw unexpected(e);
        }
    }

    /**
     * {@link #task(String, byte[], String, ResultDecoder)} of a task method that declares the
     * checked exceptions {@code declared}.
     */
    public static <R> Task<R> task(String entryClass, byte[] arguments, String description, ResultDecoder<R> decoder,
            Class<?>... declared) {
        return task(entryClass, arguments, description, declaring(decoder, declared));
    }

    /** Task {@code index} of {@code chunk}, which decodes its result: one object per task of a map. */
    @SuppressWarnings("unchecked")
    static <R> Task<R> inChunk(TaskCall call, ArgumentChunk chunk, int index) {
        try {
            return (Task<R>) (Task<?>) NEW.invokeExact(call, (ResultDecoder<?>) chunk, index);
        } catch (Throwable e) {
            throw unexpected(e);
        }
    }

    /** The chunk a map wrote {@code task}'s arguments into; null for a task made on its own. */
    public static ArgumentChunk chunkOf(Task<?> task) {
        ResultDecoder<?> decoder;
        try {
            decoder = (ResultDecoder<?>) DECODER.invokeExact(task);
        } catch (Throwable e) {
            throw unexpected(e);
        }
        return decoder instanceof ArgumentChunk chunk ? chunk : null;
    }

    /** The index of {@code task} in {@link #chunkOf its chunk}. */
    public static int indexIn(Task<?> task) {
        try {
            return (int) SLOT.invokeExact(task);
        } catch (Throwable e) {
            throw unexpected(e);
        }
    }

    /** {@code decoder}, saying that its method declares the checked exceptions {@code declared}. */
    static <R> ResultDecoder<R> declaring(ResultDecoder<R> decoder, Class<?>... declared) {
        Objects.requireNonNull(decoder, "decoder");
        List<Class<?>> exceptions = List.of(declared);
        return new ResultDecoder<R>() {
            @Override
            public R decode(byte[] result) {
                return decoder.decode(result);
            }

            @Override
            public List<Class<?>> declaredExceptions() {
                return exceptions;
            }
        };
    }

    /** The checked exceptions {@code task}'s method declares. */
    public static List<Class<?>> declaredExceptions(Task<?> task) {
        try {
            return ((ResultDecoder<?>) DECODER.invokeExact(task)).declaredExceptions();
        } catch (Throwable e) {
            throw unexpected(e);
        }
    }

    /**
     * The call of {@code task}: entry class, encoded arguments and description. A task a map wrote
     * into a chunk has no call of its own: it runs only with its chunk.
     */
    public static TaskCall call(Task<?> task) {
        if (chunkOf(task) != null) {
            throw new IllegalArgumentException("[jmp.task.in-a-chunk] the task " + task.description()
                    + " was made by a map's function, and its arguments are part of that map's chunk; make tasks"
                    + " for other uses outside the function given to map");
        }
        return callOf(task);
    }

    /** {@link #call} without the check, for the description. */
    private static TaskCall callOf(Task<?> task) {
        try {
            return (TaskCall) CALL.invokeExact(task);
        } catch (Throwable e) {
            throw unexpected(e);
        }
    }

    /** {@code task}'s result, decoded from what its entry returned. */
    @SuppressWarnings("unchecked")
    public static <R> R decode(Task<R> task, byte[] result) {
        ResultDecoder<R> decoder;
        try {
            decoder = (ResultDecoder<R>) (ResultDecoder<?>) DECODER.invokeExact((Task<?>) task);
        } catch (Throwable e) {
            throw unexpected(e);
        }
        return decoder.decode(result);
    }

    /** A constructor that only assigns, or a getter, threw: an error of the JVM's, passed on. */
    private static RuntimeException unexpected(Throwable e) {
        if (e instanceof Error error) {
            throw error;
        }
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(e);
    }
}
