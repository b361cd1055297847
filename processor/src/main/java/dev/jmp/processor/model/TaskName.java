package dev.jmp.processor.model;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * A task's name and where it was written, so that a problem with an explicit name points at the
 * {@code name = "..."} value rather than at the whole method.
 *
 * @param value the name generated code uses
 * @param annotation the {@code @ProcessTask} annotation
 * @param explicitValue the {@code name} value, empty when the name defaults to the method's
 */
public record TaskName(String value, AnnotationMirror annotation, Optional<AnnotationValue> explicitValue) {

    public boolean isExplicit() {
        return explicitValue.isPresent();
    }
}
