package dev.jmp.pool.callable;

import java.io.ObjectInputFilter;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The filter a serialized callable or its result is read through: the classes named, and those
 * of the packages named, each exactly (no sub-package), arrays of them, of primitives and of
 * {@code Object} (the JDK's immutable collections read their elements into one, each element then
 * filtered), within fixed limits; every other class is rejected before it is instantiated.
 */
final class AdmittedClasses implements ObjectInputFilter {

    /** The JDK packages whose serializable classes are plain values. */
    static final List<String> JDK_VALUES = List.of("java.lang", "java.util", "java.time", "java.math");

    private static final String SERIALIZED_LAMBDA = "java.lang.invoke.SerializedLambda";
    private static final long MAX_DEPTH = 64;
    private static final long MAX_REFERENCES = 1_000_000;
    private static final long MAX_BYTES = 256L << 20;

    private final Set<String> classes;
    private final Set<String> packages;
    /** What the last rejection was about, for its message; a filter reads one stream. */
    private String refused = "";

    AdmittedClasses(Collection<String> classes, Collection<String> packages) {
        this.classes = Set.copyOf(classes);
        this.packages = Set.copyOf(packages);
    }

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES || info.streamBytes() > MAX_BYTES) {
            refused = "a stream beyond the limits of depth " + MAX_DEPTH + ", " + MAX_REFERENCES + " references, "
                    + MAX_BYTES + " bytes";
            return Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return Status.UNDECIDED;
        }
        while (type.isArray()) {
            type = type.getComponentType();
        }
        if (type.isPrimitive() || type == Object.class || classes.contains(type.getName()) || packages.contains(type.getPackageName())
                || isAdmittedLambda(type.getName())) {
            return Status.ALLOWED;
        }
        refused = "the class " + info.serialClass().getName() + ", not admitted";
        return Status.REJECTED;
    }

    /**
     * A serializable lambda is read as a {@code SerializedLambda}, which resolves to the lambda
     * itself, of a class the JVM makes and names as it likes ({@code Outer$$Lambda$14/0x...}),
     * which the filter is then asked about: admitted when its declaring class and
     * {@code SerializedLambda} are.
     */
    private boolean isAdmittedLambda(String name) {
        int lambda = name.indexOf("$$Lambda");
        return lambda > 0 && classes.contains(SERIALIZED_LAMBDA) && classes.contains(name.substring(0, lambda));
    }

    /** What the filter last refused: {@code the class x.Y, not admitted}. */
    String refused() {
        return refused;
    }
}
