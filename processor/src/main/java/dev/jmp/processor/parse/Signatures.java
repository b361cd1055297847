package dev.jmp.processor.parse;

import com.palantir.javapoet.TypeName;
import dev.jmp.processor.model.TaskParameter;
import dev.jmp.processor.model.WireType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The parts of a method's signature that tasks and {@code @Shared} methods read alike: its
 * parameters and result as wire types, how messages name it, its type variables and what it
 * throws.
 */
final class Signatures {

    private final Types types;
    private final WireTypeParser wireTypes;

    Signatures(Elements elements, Types types) {
        this.types = types;
        this.wireTypes = new WireTypeParser(elements, types);
    }

    List<TaskParameter> parameters(ExecutableElement executable) {
        return executable.getParameters().stream().map(this::parameter).toList();
    }

    private TaskParameter parameter(VariableElement parameter) {
        return new TaskParameter(
                parameter,
                parameter.getSimpleName().toString(),
                TypeName.get(parameter.asType()),
                TypeName.get(types.erasure(parameter.asType())),
                wireTypes.parse(parameter.asType(), SerializationOptIn.of(parameter)));
    }

    /** The result's wire type; empty for {@code void}. */
    Optional<WireType> result(ExecutableElement method) {
        return method.getReturnType().getKind() == TypeKind.VOID
                ? Optional.empty()
                : Optional.of(wireTypes.parse(method.getReturnType(), SerializationOptIn.of(method)));
    }

    /** {@code greet(String)}, as messages name a method. */
    static String display(ExecutableElement method, List<TaskParameter> parameters) {
        return method.getSimpleName() + parameters.stream()
                .map(p -> SimpleNames.of(p.erasure()))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    static List<String> typeVariables(ExecutableElement method) {
        return method.getTypeParameters().stream().map(t -> t.getSimpleName().toString()).toList();
    }

    static List<TypeName> thrown(ExecutableElement executable) {
        return executable.getThrownTypes().stream().map(TypeName::get).toList();
    }
}
