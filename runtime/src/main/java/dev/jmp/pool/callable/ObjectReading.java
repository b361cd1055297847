package dev.jmp.pool.callable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;

/**
 * Reads one Java-serialized object through a filter, resolving classes with the thread's context
 * loader first: a plain stream uses the loader of jmp's own code, which cannot see the program's
 * classes when jmp is loaded by a parent loader.
 */
final class ObjectReading extends ObjectInputStream {

    private final ClassLoader loader;

    private ObjectReading(byte[] bytes) throws IOException {
        super(new ByteArrayInputStream(bytes));
        this.loader = Thread.currentThread().getContextClassLoader();
    }

    /**
     * The object in {@code bytes}; when the filter refuses a class, an {@link IllegalStateException}
     * whose message is {@code refused}, the reason, then {@code fix}.
     */
    static Object read(byte[] bytes, AdmittedClasses filter, String refused, String fix) {
        try (ObjectReading in = new ObjectReading(bytes)) {
            in.setObjectInputFilter(filter);
            return in.readObject();
        } catch (InvalidClassException e) {
            throw new IllegalStateException(refused + " was refused by the input filter (" + filter.refused()
                    + "); " + fix, e);
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(refused + " cannot be read: " + e + "; " + fix, e);
        }
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        if (loader != null) {
            try {
                return Class.forName(desc.getName(), false, loader);
            } catch (ClassNotFoundException e) {
                // a JDK class, or one only jmp's loader sees
            }
        }
        return super.resolveClass(desc);
    }
}
