package dev.jmp.pool.callable;

import dev.jmp.Task;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.internal.task.Tasks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;

/**
 * A serializable {@link Callable} or {@link Runnable} as a {@link Task} that any worker runs
 * through {@link SerializedCallableEntry}: the callable serialized with the list of the classes
 * written, its result read back through {@link AdmittedClasses}. See the package documentation.
 */
public final class SerializedCallables {

    private SerializedCallables() {}

    /**
     * The task that runs {@code callable} in a worker; a {@link RejectedExecutionException}
     * {@code [jmp.pool.not-serializable]}, saying how to make it work, for one that cannot cross.
     */
    public static <T> Task<T> task(Callable<T> callable) {
        return of(callable, "Callable");
    }

    /** The task that runs {@code runnable} in a worker and returns {@code result}, which crosses with it. */
    public static <T> Task<T> task(Runnable runnable, T result) {
        if (!(runnable instanceof Serializable)) {
            throw notSerializable(runnable, "Runnable", null);
        }
        return of(new RunnableCall<>(runnable, result), "Runnable");
    }

    private static <T> Task<T> of(Callable<T> callable, String kind) {
        Object code = callable instanceof RunnableCall<?> r ? r.runnable() : callable;
        if (!(code instanceof Serializable)) {
            throw notSerializable(code, kind, null);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        Set<String> written;
        try (ClassRecorder out = new ClassRecorder(bytes)) {
            out.writeObject(callable);
            out.flush();
            written = out.written();
        } catch (NotSerializableException e) {
            throw notSerializable(code, kind, e.getMessage());
        } catch (IOException e) {
            throw new RejectedExecutionException("[jmp.pool.not-serializable] cannot serialize the " + kind + " "
                    + describe(code) + ": " + e + "; make it a @ProcessTask and submit its Task", e);
        }
        WireOutput arguments = new WireOutput(bytes.size() + 64 * written.size());
        arguments.writeInt(written.size());
        for (String name : written) {
            arguments.writeString(name);
        }
        arguments.writeBytes(bytes.toByteArray());
        Set<String> resultPackages = new HashSet<>(AdmittedClasses.JDK_VALUES);
        resultPackages.add(code.getClass().getPackageName());
        AdmittedClasses resultFilter = new AdmittedClasses(written, resultPackages);
        String description = kind + " " + describe(code);
        return Tasks.task(SerializedCallableEntry.class.getName(), arguments.toByteArray(), description,
                result -> decode(result, resultFilter, description), Exception.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> T decode(byte[] result, AdmittedClasses filter, String description) {
        WireInput in = new WireInput(result);
        byte[] value = in.readBytes();
        in.expectEnd();
        return (T) ObjectReading.read(value, filter, "[jmp.pool.callable-result-refused] the result of " + description,
                "return a JDK value type or a Serializable class of the callable's own package, or make it a"
                        + " @ProcessTask, whose result jmp encodes");
    }

    /** {@code Outer$$Lambda$14/0x...} reads as {@code a lambda of Outer}. */
    static String describe(Object code) {
        String name = (code instanceof RunnableCall<?> r ? r.runnable() : code).getClass().getName();
        int lambda = name.indexOf("$$Lambda");
        return lambda < 0 ? name : "(a lambda of " + name.substring(0, lambda) + ")";
    }

    private static RejectedExecutionException notSerializable(Object code, String kind, String culprit) {
        String what = culprit == null ? "it is not Serializable"
                : "it captures or holds a " + culprit + ", which is not Serializable";
        return new RejectedExecutionException("[jmp.pool.not-serializable] ProcessPoolExecutor cannot run the " + kind
                + " " + describe(code) + " in another JVM: " + what + ", so its code cannot cross. Make it a"
                + " @ProcessTask and submit its Task (executor.submit(MathsTasks.square(3))), or make it serializable:"
                + " a lambda cast to (" + kind + (kind.equals("Callable") ? "<T>" : "") + " & Serializable), or a class"
                + " that implements " + kind + " and Serializable, capturing only Serializable values");
    }

    /** A {@link Runnable} seen as a callable that returns a value given with it. */
    record RunnableCall<T>(Runnable runnable, T result) implements Callable<T>, Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public T call() {
            runnable.run();
            return result;
        }
    }

    /** The names {@link SerializedCallableEntry} reads, as written here. */
    static Set<String> readNames(WireInput in) {
        int count = in.readInt();
        Set<String> names = new HashSet<>(count * 2);
        for (int i = 0; i < count; i++) {
            names.add(in.readString());
        }
        return names;
    }
}
