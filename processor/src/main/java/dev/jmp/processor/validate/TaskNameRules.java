package dev.jmp.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * The rules a task name must meet. A task name becomes a method of the generated factory and
 * part of the worker entry's class name, so it must be a Java identifier, must not clash with a
 * method every class inherits from {@link Object}, and must be unique within its class.
 */
final class TaskNameRules {

    /** Object's methods, by name, with the erased parameter types of each overload. */
    private static final Map<String, List<List<TypeName>>> OBJECT_METHODS = Map.of(
            "getClass", List.of(List.of()),
            "hashCode", List.of(List.of()),
            "equals", List.of(List.of(ClassName.OBJECT)),
            "clone", List.of(List.of()),
            "toString", List.of(List.of()),
            "notify", List.of(List.of()),
            "notifyAll", List.of(List.of()),
            "wait", List.of(List.of(), List.of(TypeName.LONG), List.of(TypeName.LONG, TypeName.INT)),
            "finalize", List.of(List.of()));

    private TaskNameRules() {}

    /**
     * Why {@code name}, for a task with the given erased parameter types, cannot be a task name,
     * completing the sentence "task name "x" of Greeter.greet() ..."; empty when it can.
     */
    static Optional<String> whyInvalid(String name, List<TypeName> erasedParameters) {
        if (SourceVersion.isKeyword(name)) {
            return Optional.of("is a Java keyword");
        }
        if (!SourceVersion.isIdentifier(name)) {
            return Optional.of("is not a valid Java identifier");
        }
        if (OBJECT_METHODS.getOrDefault(name, List.of()).contains(erasedParameters)) {
            return Optional.of("would make the factory declare " + name + erasedParameters.stream()
                    .map(TypeName::toString).collect(Collectors.joining(", ", "(", ")"))
                    + ", which java.lang.Object already declares");
        }
        return Optional.empty();
    }

    /** The tasks that share a name with another task of the same class, grouped by name, in order. */
    static <T> Map<String, List<T>> collisions(List<T> tasks, Function<T, String> nameOf) {
        Map<String, List<T>> byName = tasks.stream()
                .collect(Collectors.groupingBy(nameOf, LinkedHashMap::new, Collectors.toList()));
        byName.values().removeIf(sameName -> sameName.size() < 2);
        return byName;
    }
}
