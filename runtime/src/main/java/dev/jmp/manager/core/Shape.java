package dev.jmp.manager.core;

import dev.jmp.internal.TaskCall;
import java.util.List;

/**
 * The Java type of one argument or result of a built-in method, as a backend sees it. The local
 * backend encodes each shape in its own way ({@code dev.jmp.manager.wire.Shapes}); another backend
 * gets and returns the Java values themselves.
 *
 * @param <T> the Java type of the values of this shape
 */
public final class Shape<T> {

    /** What a shape is, for a {@code switch}. */
    public enum Form { VOID, BOOLEAN, INT, LONG, STRING, TIMEOUT, VALUE, VALUES, ACQUISITION, TASK, TASKS }

    /** A timeout of no limit, as {@link #TIMEOUT} values carry it. */
    public static final long FOREVER = -1;

    /** No value: the result of a method that returns nothing; always {@code null}. */
    public static final Shape<Void> VOID = new Shape<>(Form.VOID);
    public static final Shape<Boolean> BOOLEAN = new Shape<>(Form.BOOLEAN);
    public static final Shape<Integer> INT = new Shape<>(Form.INT);
    public static final Shape<Long> LONG = new Shape<>(Form.LONG);
    /** A string, never null. */
    public static final Shape<String> STRING = new Shape<>(Form.STRING);
    /** Nanoseconds to wait, never negative, or {@link #FOREVER}. */
    public static final Shape<Long> TIMEOUT = new Shape<>(Form.TIMEOUT);
    /**
     * Any value a manager can hold, null included: a copy of a plain value, or a proxy, which
     * stays a reference to its object.
     */
    public static final Shape<Object> VALUE = new Shape<>(Form.VALUE);
    /** A list of {@link #VALUE}s, never null; an argument may be any collection. */
    public static final Shape<List<Object>> VALUES = new Shape<>(Form.VALUES);
    /** Whether a lock was taken (or a wait signalled), and whether it was taken over. */
    public static final Shape<Acquisition> ACQUISITION = new Shape<>(Form.ACQUISITION);
    /** A {@code @ProcessTask} call, or null: the entry to run and its encoded arguments. */
    public static final Shape<TaskCall> TASK = new Shape<>(Form.TASK);
    /** A list of tasks, never null. */
    public static final Shape<List<TaskCall>> TASKS = new Shape<>(Form.TASKS);

    private final Form form;

    private Shape(Form form) {
        this.form = form;
    }

    public Form form() {
        return form;
    }

    @Override
    public String toString() {
        return form.name().toLowerCase();
    }
}
