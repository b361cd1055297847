package dev.jmp.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;

/**
 * A public constructor of a shared class: the generated proxy gets a {@code create} factory
 * with its parameters.
 *
 * @param element     the constructor, target of errors about it
 * @param parameters  its parameters, in declaration order
 * @param thrownTypes its declared exceptions
 * @param varargs     whether the last parameter is variable-arity
 */
public record SharedConstructor(ExecutableElement element, List<TaskParameter> parameters, List<TypeName> thrownTypes,
                                boolean varargs) {

    public SharedConstructor {
        parameters = List.copyOf(parameters);
        thrownTypes = List.copyOf(thrownTypes);
    }

    /** {@code <init>(int, java.util.List)}, for the signature hash. */
    String erasedSignature() {
        return "<init>" + parameters.stream().map(p -> p.erasure().toString()).collect(Collectors.joining(", ", "(", ")"));
    }
}
