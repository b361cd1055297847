package dev.jmp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A way of starting processes, with options shared by every process it starts; Python's
 * {@code multiprocessing.get_context()}. Immutable: {@link #withJvmOptions} returns a new context.
 *
 * <pre>{@code
 * Context big = Multiprocessing.getContext(StartMethod.SPAWN).withJvmOptions("-Xmx2g");
 * Process p = big.process(ReportTasks.build(2026));
 * }</pre>
 */
public final class Context {

    private static final Context DEFAULT = new Context(StartMethod.SPAWN, List.of());

    private final StartMethod startMethod;
    private final List<String> jvmOptions;

    private Context(StartMethod startMethod, List<String> jvmOptions) {
        this.startMethod = startMethod;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    static Context of(StartMethod method) {
        return method == DEFAULT.startMethod ? DEFAULT : new Context(method, List.of());
    }

    static Context defaultContext() {
        return DEFAULT;
    }

    public StartMethod startMethod() {
        return startMethod;
    }

    /** JVM options added, after the inherited ones, to every process this context starts. */
    public List<String> jvmOptions() {
        return jvmOptions;
    }

    /** A context like this one that also passes {@code options} to its child JVMs. */
    public Context withJvmOptions(String... options) {
        List<String> all = new ArrayList<>(jvmOptions);
        for (String option : options) {
            all.add(Objects.requireNonNull(option, "option"));
        }
        return new Context(startMethod, all);
    }

    /** A new, unstarted process that runs {@code task} with this context's options. */
    public Process process(Task<?> task) {
        return new Process(this, task);
    }

    @Override
    public String toString() {
        return "Context[" + startMethod + (jvmOptions.isEmpty() ? "" : ", " + jvmOptions) + "]";
    }
}
