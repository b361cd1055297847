package dev.jmp.processor.parse;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.jmp.processor.model.SharedClass;
import dev.jmp.processor.model.SharedConstructor;
import dev.jmp.processor.model.SharedMethod;
import dev.jmp.processor.model.TaskParameter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads a class with {@code @Shared} methods, its public constructors and those methods into the model. */
public final class SharedParser {

    private final Elements elements;
    private final Signatures signatures;

    public SharedParser(Elements elements, Types types) {
        this.elements = elements;
        this.signatures = new Signatures(elements, types);
    }

    public SharedClass parse(TypeElement type, List<ExecutableElement> methods) {
        List<SharedConstructor> constructors = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .filter(c -> c.getModifiers().contains(Modifier.PUBLIC))
                .map(c -> new SharedConstructor(c, signatures.parameters(c), Signatures.thrown(c), c.isVarArgs()))
                .toList();
        return new SharedClass(
                type,
                elements.getBinaryName(type).toString(),
                ClassName.get(type),
                Visibility.notPublic(type),
                Visibility.inUnnamedPackage(type),
                type.getTypeParameters().stream().map(t -> t.getSimpleName().toString()).toList(),
                whyNotConstructible(type, constructors),
                constructors,
                methods.stream().map(this::method).toList());
    }

    private static Optional<String> whyNotConstructible(TypeElement type, List<SharedConstructor> constructors) {
        if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
            return Optional.of("it is " + (type.getKind() == ElementKind.ENUM ? "an enum" : "an interface"));
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            return Optional.of("it is abstract");
        }
        if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
            return Optional.of("it is an inner class, which needs an instance of its enclosing class");
        }
        if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
            return Optional.of("it is a local class");
        }
        // A class that is not public is reported as such; its default constructor follows suit.
        boolean hidden = !type.getModifiers().contains(Modifier.PUBLIC);
        return constructors.isEmpty() && !hidden ? Optional.of("it has no public constructor") : Optional.empty();
    }

    private SharedMethod method(ExecutableElement method) {
        List<TaskParameter> parameters = signatures.parameters(method);
        return new SharedMethod(
                method,
                method.getSimpleName().toString(),
                Signatures.display(method, parameters),
                method.getModifiers().contains(Modifier.STATIC),
                method.getModifiers().contains(Modifier.PUBLIC),
                Signatures.typeVariables(method),
                parameters,
                TypeName.get(method.getReturnType()),
                signatures.result(method),
                Signatures.thrown(method),
                method.isVarArgs());
    }

    /** {@code Counter(int, String)}, as messages name a constructor. */
    public static String describe(SharedClass shared, SharedConstructor constructor) {
        return shared.flatName() + constructor.parameters().stream()
                .map(p -> SimpleNames.of(p.erasure()))
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
