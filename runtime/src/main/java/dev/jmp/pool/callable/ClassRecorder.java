package dev.jmp.pool.callable;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An object stream that records the name of every class it writes a descriptor of (the object's
 * class, its serializable superclasses, what its fields hold, a {@code Class} it writes): what
 * the reader will have to admit, and nothing more.
 */
final class ClassRecorder extends ObjectOutputStream {

    private final Set<String> written = new LinkedHashSet<>();

    ClassRecorder(OutputStream out) throws IOException {
        super(out);
    }

    @Override
    protected void annotateClass(Class<?> type) {
        Class<?> element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        if (!element.isPrimitive()) {
            written.add(element.getName());
        }
    }

    @Override
    protected void annotateProxyClass(Class<?> type) {
        written.add(type.getName());
        for (Class<?> face : type.getInterfaces()) {
            written.add(face.getName());
        }
    }

    /** The classes written so far, in the order first written. */
    Set<String> written() {
        return written;
    }
}
