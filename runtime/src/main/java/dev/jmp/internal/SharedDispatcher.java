package dev.jmp.internal;

import java.util.List;

/**
 * Implemented by the dispatcher generated for each class with {@code @Shared} methods
 * ({@code jmp_generated.Counter_Dispatcher}). A manager's server loads it by name (see
 * {@link TaskNames#dispatcherClass}), instantiates it with its public no-argument constructor,
 * and calls it to construct objects and to run their shared methods. Constructors and methods
 * are numbered in declaration order, as the generated proxy numbers them.
 */
public interface SharedDispatcher {

    /**
     * A hash of the shared class's constructors and shared methods. The proxy sends its own when
     * it creates an object, so a proxy and a server compiled from different versions of the
     * class are told apart instead of calling the wrong method.
     */
    long signature();

    /**
     * The names of the shared methods, by number: what a manager's {@code exposed} list of the
     * class names. Overloads share a name.
     */
    List<String> methodNames();

    /** Decodes the arguments of constructor number {@code constructor} and calls it. */
    Object construct(int constructor, WireInput arguments) throws Throwable;

    /**
     * Decodes the arguments of shared method number {@code method}, calls it on {@code target}
     * and encodes its result into {@code result} (nothing for {@code void}). Exceptions of the
     * method propagate unchanged.
     */
    void call(Object target, int method, WireInput arguments, WireOutput result) throws Throwable;
}
