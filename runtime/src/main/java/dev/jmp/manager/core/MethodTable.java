package dev.jmp.manager.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The methods of one built-in kind, by number, and the shapes of the arguments that create an
 * object of it. A method's number is its index here; tables of related kinds (a joinable queue's
 * and a queue's) may share methods, with the same numbers.
 */
public final class MethodTable {

    private final String typeId;
    private final List<Shape<?>> creation;
    private final List<Method<?>> methods;

    private MethodTable(String typeId, List<Shape<?>> creation, List<Method<?>> methods) {
        this.typeId = typeId;
        this.creation = creation;
        this.methods = methods;
    }

    /**
     * The table of kind {@code typeId}, created with arguments of the shapes {@code creation}.
     *
     * @throws IllegalArgumentException when a method's number is not its index
     */
    public static MethodTable of(String typeId, List<Shape<?>> creation, List<Method<?>> methods) {
        for (int i = 0; i < methods.size(); i++) {
            if (methods.get(i).number() != i) {
                throw new IllegalArgumentException(typeId + " lists " + methods.get(i) + " at " + i);
            }
        }
        return new MethodTable(typeId, List.copyOf(creation), List.copyOf(methods));
    }

    /** This table with {@code more} methods after its own. */
    public MethodTable extendedAs(String typeId, Method<?>... more) {
        List<Method<?>> all = new ArrayList<>(methods);
        all.addAll(List.of(more));
        return of(typeId, creation, all);
    }

    /** The kind's type id, as handles carry it: {@code dict}, {@code queue}, ... */
    public String typeId() {
        return typeId;
    }

    /** The shapes of the arguments that create an object of this kind. */
    public List<Shape<?>> creation() {
        return creation;
    }

    public List<Method<?>> methods() {
        return methods;
    }

    /**
     * Method number {@code number}.
     *
     * @throws IllegalArgumentException when the kind has no such method
     */
    public Method<?> method(int number) {
        if (number < 0 || number >= methods.size()) {
            throw unknown(number); // out of line: the server looks every call's method up here
        }
        return methods.get(number);
    }

    private IllegalArgumentException unknown(int number) {
        return new IllegalArgumentException("[jmp.manager.protocol] unknown operation " + number + " of a " + typeId);
    }

    /** Whether {@code method} is one of this kind's. */
    public boolean has(Method<?> method) {
        return method.number() < methods.size() && methods.get(method.number()) == method;
    }

    @Override
    public String toString() {
        return typeId + methods;
    }
}
