package dev.jmp.manager.core;

import java.util.List;

/**
 * One method of a built-in kind: its number in the kind's {@link MethodTable}, the shapes of its
 * arguments and result, and what a backend must know besides. Proxies call it through
 * {@link ProxyCore#call}; each backend implements it once.
 *
 * @param <R> the Java type of its result
 */
public final class Method<R> {

    private final int number;
    private final String name;
    private final Shape<R> result;
    private final List<Shape<?>> arguments;
    private final boolean owned;
    private final List<Class<? extends Exception>> declared;

    private Method(int number, String name, Shape<R> result, List<Shape<?>> arguments, boolean owned,
                   List<Class<? extends Exception>> declared) {
        this.number = number;
        this.name = name;
        this.result = result;
        this.arguments = arguments;
        this.owned = owned;
        this.declared = declared;
    }

    /** Method number {@code number}, called {@code name} in messages. */
    public static <R> Method<R> of(int number, String name, Shape<R> result, Shape<?>... arguments) {
        return new Method<>(number, name, result, List.of(arguments), false, List.of());
    }

    /**
     * The same method, run on behalf of the calling thread: the backend names the caller
     * (process and thread) to the object, which records it as the owner of what it takes.
     */
    public Method<R> owned() {
        return new Method<>(number, name, result, arguments, true, declared);
    }

    /** The same method, whose checked exceptions of these classes reach the caller as they are. */
    @SafeVarargs
    public final Method<R> declaring(Class<? extends Exception>... exceptions) {
        return new Method<>(number, name, result, arguments, owned, List.of(exceptions));
    }

    /** Its number in its kind's table: stable within a release, never reused for another method. */
    public int number() {
        return number;
    }

    public String name() {
        return name;
    }

    public Shape<R> result() {
        return result;
    }

    public List<Shape<?>> arguments() {
        return arguments;
    }

    /** Whether the calling thread is named to the object as the owner of what the call takes. */
    public boolean isOwned() {
        return owned;
    }

    /** The checked exceptions the method may throw to its caller. */
    public List<Class<? extends Exception>> declared() {
        return declared;
    }

    @Override
    public String toString() {
        return name + "#" + number;
    }
}
