package dev.jmp.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.NotSerializableException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.util.StringJoiner;

/**
 * Java serialization, the declared fallback for types the generated codecs do not cover. It is
 * used only where the user opted in, and every read goes through an {@link ObjectInputFilter}
 * that admits the declared type, the patterns the user listed, and a fixed set of JDK value
 * types, within depth and size limits; anything else is rejected before it is instantiated.
 */
public final class SerializedCodec {

    /** JDK packages whose serializable classes are plain values. */
    private static final String JDK_VALUES = "java.lang.*;java.util.*;java.time.*;java.math.*";
    private static final String LIMITS = "maxdepth=64;maxrefs=1000000;maxbytes=268435456";

    private SerializedCodec() {}

    static byte[] serialize(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (NotSerializableException e) {
            throw new WireFormatException("[jmp.codec.not-serializable] " + e.getMessage()
                    + " does not implement java.io.Serializable; make it Serializable or use a record", e);
        } catch (IOException e) {
            throw new WireFormatException("cannot serialize " + value.getClass().getName() + ": " + e, e);
        }
        return bytes.toByteArray();
    }

    static <T> T deserialize(byte[] data, Class<T> declared, String... allowedPatterns) {
        ObjectInputFilter filter = ObjectInputFilter.Config.createFilter(filterPattern(declared, allowedPatterns));
        try (ObjectInputStream in = new DeclaredTypeInputStream(new ByteArrayInputStream(data), declared)) {
            in.setObjectInputFilter(filter);
            return declared.cast(in.readObject());
        } catch (InvalidClassException e) {
            throw new WireFormatException("[jmp.codec.filtered] a serialized value was refused by the "
                    + "input filter (" + e.getMessage() + "); list its class in allow= of @JavaSerialized", e);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new WireFormatException("cannot deserialize a " + declared.getName() + ": " + e, e);
        }
    }

    /**
     * Resolves classes through the declared type's loader first: a plain ObjectInputStream uses
     * the loader of jmp's own code, which cannot see user classes when the runtime is loaded by
     * a parent loader (an application server, a plugin host).
     */
    private static final class DeclaredTypeInputStream extends ObjectInputStream {

        private final ClassLoader loader;

        DeclaredTypeInputStream(ByteArrayInputStream in, Class<?> declared) throws IOException {
            super(in);
            ClassLoader declaredLoader = declared.getClassLoader();
            this.loader = declaredLoader != null ? declaredLoader : Thread.currentThread().getContextClassLoader();
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            if (loader != null) {
                try {
                    return Class.forName(desc.getName(), false, loader);
                } catch (ClassNotFoundException e) {
                    // a JDK type or one only jmp's loader sees
                }
            }
            return super.resolveClass(desc);
        }
    }

    /** The filter: limits, then the declared class, user patterns, JDK values; all else rejected. */
    static String filterPattern(Class<?> declared, String... allowedPatterns) {
        StringJoiner pattern = new StringJoiner(";");
        pattern.add(LIMITS);
        if (!declared.isPrimitive()) {
            pattern.add(declared.getName());
        }
        for (String allowed : allowedPatterns) {
            pattern.add(allowed);
        }
        pattern.add(JDK_VALUES);
        pattern.add("!*");
        return pattern.toString();
    }
}
