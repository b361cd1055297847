package dev.jmp.manager.wire;

import dev.jmp.internal.WireFormatException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;

/**
 * Records and enums by name, for {@link ValueCodec}. A name read from the wire is loaded without
 * initialization and must be a record (or an enum) before anything of it runs; records are then
 * built through their canonical constructor, so their own validation applies. Only public
 * records (nested, if at all, in public classes) are accessible, as for generated codecs.
 */
final class RecordCodec {

    /** The accessors and canonical constructor of one record class. */
    private record Shape(MethodHandle[] accessors, MethodHandle constructor) {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return shape(type);
        }
    };

    private RecordCodec() {}

    static Object[] components(Record record) {
        MethodHandle[] accessors = SHAPES.get(record.getClass()).accessors();
        Object[] values = new Object[accessors.length];
        try {
            for (int i = 0; i < accessors.length; i++) {
                values[i] = accessors[i].invoke(record);
            }
        } catch (Throwable t) {
            throw new IllegalArgumentException("[jmp.manager.codec] cannot read the components of "
                    + record.getClass().getName() + ": " + t, t);
        }
        return values;
    }

    static Object construct(String className, Object[] components) {
        Class<?> type = load(className);
        if (!type.isRecord()) {
            throw new WireFormatException(className + " is not a record");
        }
        Shape shape = SHAPES.get(type);
        if (shape.accessors().length != components.length) {
            throw new WireFormatException(className + " has " + shape.accessors().length
                    + " components, not " + components.length + "; are both sides on the same version?");
        }
        try {
            return shape.constructor().invokeWithArguments(components);
        } catch (ClassCastException | NullPointerException e) {
            throw new WireFormatException("the components of a " + className + " do not fit its constructor: " + e, e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object enumConstant(String className, String constant) {
        Class<?> type = load(className);
        if (!type.isEnum()) {
            throw new WireFormatException(className + " is not an enum");
        }
        try {
            return Enum.valueOf((Class) type, constant);
        } catch (IllegalArgumentException e) {
            throw new WireFormatException(className + " has no constant " + constant, e);
        }
    }

    private static Class<?> load(String className) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            return Class.forName(className, false, loader != null ? loader : RecordCodec.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new WireFormatException("[jmp.manager.codec] " + className
                    + " is not on the class path of this process; put it on both sides' class path", e);
        }
    }

    private static Shape shape(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        MethodHandle[] accessors = new MethodHandle[components.length];
        Class<?>[] types = new Class<?>[components.length];
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        try {
            for (int i = 0; i < components.length; i++) {
                accessors[i] = lookup.unreflect(components[i].getAccessor());
                types[i] = components[i].getType();
            }
            MethodHandle constructor = lookup.findConstructor(type, MethodType.methodType(void.class, types));
            return new Shape(accessors, constructor);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IllegalArgumentException("[jmp.manager.codec] record " + type.getName()
                    + " is not public (or is nested in a class that is not), so a manager cannot store it;"
                    + " make it public", e);
        }
    }
}
