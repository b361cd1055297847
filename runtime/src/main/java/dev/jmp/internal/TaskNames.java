package dev.jmp.internal;

/**
 * The one naming contract between the annotation processor and the runtime: which classes and
 * resources are generated for {@code @ProcessTask} and {@code @Shared} methods and what they are called.
 *
 * <p>For {@code com.example.Greeter#greet} the processor generates
 * <ul>
 *   <li>the factory {@code com.example.GreeterTasks} (same package, so the user's code reads
 *       {@code GreeterTasks.greet("Alice")});</li>
 *   <li>the worker entry {@code com.example.jmp_generated.Greeter_greet_Entry}, which the child
 *       JVM loads by name, and which has a {@code main(String[])} of its own;</li>
 *   <li>one line in {@link #INDEX_RESOURCE} per task, read by {@link TaskIndex}.</li>
 * </ul>
 * For {@code com.example.Counter}, whose methods are {@code @Shared}, it generates
 * <ul>
 *   <li>the proxy {@code com.example.CounterProxy}, what a manager hands out;</li>
 *   <li>the dispatcher {@code com.example.jmp_generated.Counter_Dispatcher}, which a manager's
 *       server loads by name to construct a {@code Counter} and call its shared methods.</li>
 * </ul>
 * Nested classes are flattened with {@code _}: {@code Outer$Inner} gives {@code Outer_InnerTasks}.
 */
public final class TaskNames {

    /** The sub-package, relative to the declaring class's package, that holds worker entries. */
    public static final String GENERATED_PACKAGE = "jmp_generated";

    /** Suffix of the generated factory class. */
    public static final String FACTORY_SUFFIX = "Tasks";

    /** Suffix of a generated worker entry class. */
    public static final String ENTRY_SUFFIX = "_Entry";

    /** Suffix of the proxy generated for a class with {@code @Shared} methods. */
    public static final String PROXY_SUFFIX = "Proxy";

    /** Suffix of the server-side dispatcher generated for a class with {@code @Shared} methods. */
    public static final String DISPATCHER_SUFFIX = "_Dispatcher";

    /** Class-path resource listing every task of a compilation unit set, one per line. */
    public static final String INDEX_RESOURCE = "META-INF/jmp/tasks.index";

    private TaskNames() {}

    /** The package of a binary class name, empty for the default package. */
    public static String packageOf(String binaryName) {
        int dot = binaryName.lastIndexOf('.');
        return dot < 0 ? "" : binaryName.substring(0, dot);
    }

    /** The class name without its package, nested classes joined with {@code _}. */
    public static String flatSimpleName(String binaryName) {
        return binaryName.substring(binaryName.lastIndexOf('.') + 1).replace('$', '_');
    }

    /** Binary name of the factory generated for the class {@code ownerBinaryName}. */
    public static String factoryClass(String ownerBinaryName) {
        return qualify(packageOf(ownerBinaryName), flatSimpleName(ownerBinaryName) + FACTORY_SUFFIX);
    }

    /** The package that holds the worker entries of classes in {@code ownerPackage}. */
    public static String entryPackage(String ownerPackage) {
        return qualify(ownerPackage, GENERATED_PACKAGE);
    }

    /** Simple name of the worker entry for task {@code taskName} of {@code ownerBinaryName}. */
    public static String entrySimpleName(String ownerBinaryName, String taskName) {
        return flatSimpleName(ownerBinaryName) + "_" + taskName + ENTRY_SUFFIX;
    }

    /** Binary name of the worker entry for task {@code taskName} of {@code ownerBinaryName}. */
    public static String entryClass(String ownerBinaryName, String taskName) {
        return qualify(entryPackage(packageOf(ownerBinaryName)), entrySimpleName(ownerBinaryName, taskName));
    }

    /** Binary name of the proxy generated for the {@code @Shared} class {@code sharedBinaryName}. */
    public static String proxyClass(String sharedBinaryName) {
        return qualify(packageOf(sharedBinaryName), flatSimpleName(sharedBinaryName) + PROXY_SUFFIX);
    }

    /** Binary name of the dispatcher generated for the {@code @Shared} class {@code sharedBinaryName}. */
    public static String dispatcherClass(String sharedBinaryName) {
        return qualify(entryPackage(packageOf(sharedBinaryName)), flatSimpleName(sharedBinaryName) + DISPATCHER_SUFFIX);
    }

    private static String qualify(String pkg, String simple) {
        return pkg.isEmpty() ? simple : pkg + "." + simple;
    }
}
