/**
 * Plain Java code where an {@code ExecutorService} expects it: a {@link java.util.concurrent.Callable}
 * or {@link java.lang.Runnable} that is {@link java.io.Serializable} (a serializable lambda or
 * class) crosses to a worker through Java serialization, and runs there.
 *
 * <p>What is admitted: when the callable is serialized, every class written to the stream is
 * recorded ({@code ClassRecorder}): its own class, or for a lambda
 * {@link java.lang.invoke.SerializedLambda} and the class that declares it, and the classes of
 * what it captures, all the way down. The list travels with the bytes, and the worker reads them
 * through an {@link java.io.ObjectInputFilter} ({@code AdmittedClasses}) that admits those classes
 * and the JDK's value types ({@code java.lang}, {@code java.util}, {@code java.time},
 * {@code java.math}: a {@code List.of(...)} is written as one class and read back as another, which
 * the filter is asked about too), within depth, reference and size limits; any other class is
 * refused before it is instantiated, with {@code [jmp.pool.callable-refused]} naming it. The result crosses back the same way,
 * read through a filter that admits the JDK's value types, the callable's admitted classes and
 * the classes of its own package; anything else is {@code [jmp.pool.callable-result-refused]}. A task's exception
 * crosses as any task's does.
 *
 * <p>What cannot work: a callable that is not serializable (a plain lambda, an anonymous class)
 * has nothing that could cross, and is refused with {@code [jmp.pool.not-serializable]} saying
 * how to make it work: a {@code @ProcessTask}, or a serializable lambda; so is one that captures
 * something not serializable. {@code CompletableFuture.supplyAsync(supplier, executor)} hands the
 * executor a {@code Runnable} of the JDK's own, which is not serializable, whatever the supplier
 * is: submit the task, or the serializable callable, to the executor itself.
 *
 * <p>Not user API: {@code ProcessPoolExecutor} calls it; the module does not export the package.
 */
package dev.jmp.pool.callable;
