package dev.jmp.processor.parse;

import dev.jmp.JavaSerialized;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * A {@code @JavaSerialized} on a parameter, or on a method for its return value: types with no
 * generated codec in that position may cross through Java serialization.
 *
 * @param allow the extra filter patterns the reading side admits
 */
public record SerializationOptIn(List<String> allow) {

    public SerializationOptIn {
        allow = List.copyOf(allow);
    }

    /** The opt-in declared on {@code element}, if any. */
    public static Optional<SerializationOptIn> of(Element element) {
        JavaSerialized annotation = element.getAnnotation(JavaSerialized.class);
        return annotation == null ? Optional.empty() : Optional.of(new SerializationOptIn(List.of(annotation.allow())));
    }
}
