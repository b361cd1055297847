package dev.jmp.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;

/**
 * A {@code @Shared} method as parsed, valid or not.
 *
 * @param element       the method, target of errors about it
 * @param methodName    its name, which the proxy's method repeats
 * @param signature     {@code increment(int)}, for messages
 * @param isStatic      whether it is static (an error: shared methods are called on an object)
 * @param isPublic      whether it is public
 * @param typeVariables the names of its own type variables
 * @param parameters    its parameters, in declaration order
 * @param returnType    the declared return type, {@code void} included
 * @param result        how the return value crosses back; empty for {@code void}
 * @param thrownTypes   its declared exceptions, which the proxy declares and rethrows as such
 * @param varargs       whether the last parameter is variable-arity
 */
public record SharedMethod(
        ExecutableElement element,
        String methodName,
        String signature,
        boolean isStatic,
        boolean isPublic,
        List<String> typeVariables,
        List<TaskParameter> parameters,
        TypeName returnType,
        Optional<WireType> result,
        List<TypeName> thrownTypes,
        boolean varargs) {

    public SharedMethod {
        typeVariables = List.copyOf(typeVariables);
        parameters = List.copyOf(parameters);
        thrownTypes = List.copyOf(thrownTypes);
    }

    /** {@code increment(int)int}, for the signature hash. */
    String erasedSignature() {
        return methodName + parameters.stream().map(p -> p.erasure().toString()).collect(Collectors.joining(", ", "(", ")"))
                + returnType;
    }
}
