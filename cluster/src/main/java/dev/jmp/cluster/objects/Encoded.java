package dev.jmp.cluster.objects;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.core.Acquisition;
import dev.jmp.manager.core.ApiTypes;
import dev.jmp.manager.core.Method;
import dev.jmp.manager.core.Shape;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A method's arguments and result as a state machine reads and writes them: in the order of their shapes. */
final class Encoded {

    private Encoded() {}

    static byte[] arguments(Method<?> method, Object[] arguments, ApiTypes api) {
        WireOutput out = new WireOutput(32);
        List<Shape<?>> shapes = method.arguments();
        for (int i = 0; i < shapes.size(); i++) {
            Object a = arguments[i];
            switch (shapes.get(i).form()) {
                case BOOLEAN -> out.writeBoolean((Boolean) a);
                case INT -> out.writeInt((Integer) a);
                case LONG, TIMEOUT -> out.writeLong((Long) a);
                case STRING -> out.writeString((String) a);
                case VALUE -> out.writeBytes(api.encode(a));
                case VALUES -> {
                    Collection<?> values = (Collection<?>) a;
                    out.writeInt(values.size());
                    for (Object v : values) {
                        out.writeBytes(api.encode(v));
                    }
                }
                default -> throw new UnsupportedOperationException("[jmp.cluster.unsupported] " + method
                        + " takes a " + shapes.get(i) + ", which a cluster object does not hold");
            }
        }
        return out.toByteArray();
    }

    /** The timeout among the arguments, in nanoseconds, or {@link Shape#FOREVER} when there is none. */
    static long timeout(Method<?> method, Object[] arguments) {
        List<Shape<?>> shapes = method.arguments();
        for (int i = 0; i < shapes.size(); i++) {
            if (shapes.get(i) == Shape.TIMEOUT) {
                return (Long) arguments[i];
            }
        }
        return Shape.FOREVER;
    }

    static Object result(Shape<?> shape, WireInput in, ApiTypes api) {
        return switch (shape.form()) {
            case VOID -> null;
            case BOOLEAN -> in.readBoolean();
            case INT -> in.readInt();
            case LONG -> in.readLong();
            case STRING -> in.readString();
            case VALUE -> api.decode(in.readBytes());
            case VALUES -> values(in, api);
            case ACQUISITION -> acquisition(in.readBoolean(), in.readBoolean());
            default -> throw new IllegalStateException("[jmp.cluster.protocol] no result of shape " + shape);
        };
    }

    static List<Object> values(WireInput in, ApiTypes api) {
        int n = in.readInt();
        List<Object> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(api.decode(in.readBytes()));
        }
        return values;
    }

    static Acquisition acquisition(boolean success, boolean tookOver) {
        if (!tookOver) {
            return success ? Acquisition.TAKEN : Acquisition.FAILED;
        }
        return new Acquisition(success, true);
    }
}
