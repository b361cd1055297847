package dev.jmp.internal;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Writes and reads shared objects (values, arrays, locks, ...) as handles, for generated codecs.
 * A handle names the memory (segment file, offset, length) and the object's class; reading it in
 * another process maps the same memory there, so writes on either side are seen by the other.
 *
 * <pre>{@code
 * SharedObjects.write(out, counter);                       // parent, encoding the arguments
 * IntValue counter = SharedObjects.read(in, IntValue.class); // child, decoding them
 * }</pre>
 *
 * <p>The object must stay open in the process that created it until the receiver has read the
 * handle: closing the last object of a segment removes the segment's file.
 */
public final class SharedObjects {

    private static final Map<String, Codec<?>> CODECS = new ConcurrentHashMap<>();

    /** How one shareable class writes its handle and attaches to the memory a handle names. */
    private record Codec<T>(BiConsumer<T, WireOutput> writer, Function<WireInput, T> reader) {}

    private SharedObjects() {}

    /**
     * Called once by each shareable class, from its static initializer: {@code writer} writes
     * where the object's memory is (never the values in it); {@code reader} reads that back and
     * attaches to the memory.
     */
    public static <T extends Attachable> void register(Class<T> type,
            BiConsumer<T, WireOutput> writer, Function<WireInput, T> reader) {
        CODECS.put(type.getName(), new Codec<>(writer, reader));
    }

    /** Writes the handle of a (non-null) shared object. */
    public static void write(WireOutput out, Attachable object) {
        Objects.requireNonNull(object, "object");
        out.writeString(object.getClass().getName());
        codec(object.getClass()).writer().accept(object, out);
    }

    /**
     * Reads a handle and attaches to the object it names, which must be a {@code type}.
     *
     * @throws WireFormatException when the handle names another kind of object
     */
    public static <T> T read(WireInput in, Class<T> type) {
        String className = in.readString();
        Class<?> named = shareableClass(className, type);
        return type.cast(codec(named).reader().apply(in));
    }

    private static Class<?> shareableClass(String className, Class<?> declared) {
        Class<?> named;
        try {
            // Checked before initialization: a handle can only ever load a shareable subtype.
            named = Class.forName(className, false, SharedObjects.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new WireFormatException("a shared-object handle names an unknown class " + className, e);
        }
        if (!Attachable.class.isAssignableFrom(named) || !declared.isAssignableFrom(named)) {
            throw new WireFormatException("a shared-object handle names a " + className
                    + " where a " + declared.getName() + " was expected");
        }
        return named;
    }

    @SuppressWarnings("unchecked")
    private static <T> Codec<T> codec(Class<?> type) {
        Codec<?> codec = CODECS.get(type.getName());
        if (codec == null) {
            initialize(type);
            codec = CODECS.get(type.getName());
        }
        if (codec == null) {
            throw new WireFormatException(type.getName() + " registers no handle codec");
        }
        return (Codec<T>) codec;
    }

    private static void initialize(Class<?> type) {
        try {
            Class.forName(type.getName(), true, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new WireFormatException("cannot initialize " + type.getName(), e);
        }
    }
}
