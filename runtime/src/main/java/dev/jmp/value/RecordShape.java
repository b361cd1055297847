package dev.jmp.value;

import dev.jmp.internal.WireFormatException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;

/**
 * The accessors and canonical constructor of one record class, found once per class. A public
 * record (nested, if at all, in public classes) is reached through the public lookup; another is
 * made accessible where its module allows it, else it has no shape and cannot cross natively.
 * Records are rebuilt through the canonical constructor, so their own validation runs on the
 * receiving side too.
 */
final class RecordShape {

    private static final MethodType READ = MethodType.methodType(Object.class, Object.class);
    private static final MethodType BUILD = MethodType.methodType(Object.class, Object[].class);

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    private final Class<?> type;
    private final RecordComponent[] components;
    private final MethodHandle[] accessors;
    private final MethodHandle constructor;
    /** Why the record cannot be reached, or null. */
    private final String problem;

    private RecordShape(Class<?> type) {
        this.type = type;
        this.components = type.getRecordComponents();
        this.accessors = new MethodHandle[components.length];
        MethodHandle built = null;
        String failure = null;
        try {
            built = reach(type);
        } catch (ReflectiveOperationException | RuntimeException e) {
            failure = "[jmp.value.record-access] record " + type.getName() + " cannot be read and rebuilt here (" + e
                    + "); make it public, and nested, if at all, in public classes";
        }
        this.constructor = built;
        this.problem = failure;
    }

    private MethodHandle reach(Class<?> type) throws ReflectiveOperationException {
        Class<?>[] types = new Class<?>[components.length];
        Method[] methods = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            methods[i] = components[i].getAccessor();
            types[i] = components[i].getType();
        }
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        if (!reachable(type, canonical)) {
            AccessibleObject.setAccessible(methods, true); // refused by a module that does not open the package
            canonical.setAccessible(true);
            lookup = MethodHandles.lookup();
        }
        for (int i = 0; i < methods.length; i++) {
            accessors[i] = lookup.unreflect(methods[i]).asType(READ);
        }
        return lookup.unreflectConstructor(canonical).asSpreader(Object[].class, types.length).asType(BUILD);
    }

    /** Whether the public lookup reaches the record without making anything accessible. */
    private static boolean reachable(Class<?> type, Constructor<?> canonical) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return Modifier.isPublic(canonical.getModifiers())
                && type.getModule().isExported(type.getPackageName());
    }

    /** The shape of {@code type}, a record class, reachable or not. */
    static RecordShape of(Class<?> type) {
        return SHAPES.get(type);
    }

    /** Whether the record can be read and rebuilt here. */
    boolean reachable() {
        return problem == null;
    }

    RecordComponent[] components() {
        return components;
    }

    Class<?> type() {
        return type;
    }

    /** The components of {@code record}, in declaration order. */
    Object[] read(Object record) {
        require();
        Object[] values = new Object[accessors.length];
        try {
            for (int i = 0; i < accessors.length; i++) {
                values[i] = (Object) accessors[i].invokeExact(record);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        return values;
    }

    /**
     * The record of {@code values}, through the canonical constructor; what the constructor
     * throws, its validation refusing the values, reaches the caller as it is.
     */
    Object build(Object[] values) {
        require();
        if (values.length != accessors.length) {
            throw new WireFormatException(type.getName() + " has " + accessors.length + " components, not "
                    + values.length + "; are both sides on the same version?");
        }
        try {
            return (Object) constructor.invokeExact(values);
        } catch (ClassCastException | NullPointerException e) {
            throw new WireFormatException("the components of a " + type.getName() + " do not fit its constructor: " + e, e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private void require() {
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }
}
