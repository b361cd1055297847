package dev.jmp.manager.wire;

import dev.jmp.internal.TaskCall;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.core.Acquisition;
import dev.jmp.manager.core.Method;
import dev.jmp.manager.core.Shape;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How each {@link Shape} crosses a manager connection: primitives as themselves, values through
 * the {@link ValueCodec}, an acquisition as two booleans, a task as its entry, encoded arguments
 * and description. Both the client and the server encode and decode every built-in call here.
 */
public final class Shapes {

    private Shapes() {}

    /** Writes the arguments of a call of {@code method}. */
    public static void writeArguments(Method<?> method, WireOutput out, Object[] arguments, ValueCodec codec) {
        List<Shape<?>> shapes = method.arguments();
        if (arguments.length != shapes.size()) {
            throw wrongCount(method, arguments.length); // out of line: every call of a client passes here
        }
        for (int i = 0; i < arguments.length; i++) {
            write(shapes.get(i), out, arguments[i], codec);
        }
    }

    private static IllegalArgumentException wrongCount(Method<?> method, int count) {
        return new IllegalArgumentException(method + " takes " + method.arguments().size() + " arguments, not " + count);
    }

    public static void write(Shape<?> shape, WireOutput out, Object value, ValueCodec codec) {
        // A value, the commonest shape by far, outside the switch: the code compiled for a
        // connection's first calls stays small, the other shapes' stay interpreted until used.
        if (shape == Shape.VALUE) {
            codec.write(out, value);
        } else {
            writeOther(shape, out, value, codec);
        }
    }

    private static void writeOther(Shape<?> shape, WireOutput out, Object value, ValueCodec codec) {
        switch (shape.form()) {
            case VOID -> { }
            case BOOLEAN -> out.writeBoolean((Boolean) value);
            case INT -> out.writeInt((Integer) value);
            case LONG, TIMEOUT -> out.writeLong((Long) value);
            case STRING -> out.writeString((String) value);
            case VALUE -> codec.write(out, value);
            case VALUES -> codec.writeAll(out, (Collection<?>) value);
            case ACQUISITION -> {
                Acquisition a = (Acquisition) value;
                out.writeBoolean(a.success());
                out.writeBoolean(a.tookOver());
            }
            case TASK -> writeTask(out, (TaskCall) value);
            case TASKS -> {
                Collection<?> tasks = (Collection<?>) value;
                out.writeInt(tasks.size());
                for (Object task : tasks) {
                    writeTask(out, (TaskCall) task);
                }
            }
        }
    }

    public static Object read(Shape<?> shape, WireInput in, ValueCodec codec) {
        return shape == Shape.VALUE ? codec.read(in) : readOther(shape, in, codec); // as write does
    }

    private static Object readOther(Shape<?> shape, WireInput in, ValueCodec codec) {
        return switch (shape.form()) {
            case VOID -> null;
            case BOOLEAN -> in.readBoolean();
            case INT -> in.readInt();
            case LONG, TIMEOUT -> in.readLong();
            case STRING -> in.readString();
            case VALUE -> codec.read(in);
            case VALUES -> codec.readAll(in);
            case ACQUISITION -> {
                boolean success = in.readBoolean();
                yield new Acquisition(success, in.readBoolean());
            }
            case TASK -> readTask(in);
            case TASKS -> {
                int count = in.readLength();
                List<TaskCall> tasks = new ArrayList<>(Math.min(count, in.remaining()));
                for (int i = 0; i < count; i++) {
                    tasks.add(readTask(in));
                }
                yield tasks;
            }
        };
    }

    private static void writeTask(WireOutput out, TaskCall task) {
        if (out.writePresence(task)) {
            out.writeString(task.entryClass());
            out.writeBytes(task.arguments());
            out.writeString(task.description());
        }
    }

    private static TaskCall readTask(WireInput in) {
        return in.readPresence() ? new TaskCall(in.readString(), in.readBytes(), in.readString()) : null;
    }
}
