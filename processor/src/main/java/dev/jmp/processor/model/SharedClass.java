package dev.jmp.processor.model;

import com.palantir.javapoet.ClassName;
import dev.jmp.internal.TaskNames;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * A class with {@code @Shared} methods, as parsed: what its generated proxy and dispatcher need,
 * and what validation checks.
 *
 * @param element        the class, origin of the generated files and target of class-level errors
 * @param binaryName     {@code com.example.Outer$Counter}: the type id managers use, and the input of
 *                       every {@link TaskNames} rule
 * @param className      the class as generated code refers to it
 * @param notPublic      the class and its enclosing classes that generated code cannot see, innermost first
 * @param inUnnamedPackage whether the class is in the unnamed package
 * @param typeVariables  the class's own type variables
 * @param notConstructible why a manager cannot construct the class, if it cannot
 * @param constructors   its public constructors, in declaration order
 * @param methods        its {@code @Shared} methods, in declaration order
 */
public record SharedClass(
        TypeElement element,
        String binaryName,
        ClassName className,
        List<TypeElement> notPublic,
        boolean inUnnamedPackage,
        List<String> typeVariables,
        Optional<String> notConstructible,
        List<SharedConstructor> constructors,
        List<SharedMethod> methods) {

    public SharedClass {
        notPublic = List.copyOf(notPublic);
        typeVariables = List.copyOf(typeVariables);
        constructors = List.copyOf(constructors);
        methods = List.copyOf(methods);
    }

    /** {@code Outer_Counter}, as generated names and messages show the class. */
    public String flatName() {
        return TaskNames.flatSimpleName(binaryName);
    }

    /** The generated proxy, {@code com.example.CounterProxy}. */
    public ClassName proxyClass() {
        String proxy = TaskNames.proxyClass(binaryName);
        return ClassName.get(TaskNames.packageOf(proxy), TaskNames.flatSimpleName(proxy));
    }

    /** The generated dispatcher, {@code com.example.jmp_generated.Counter_Dispatcher}. */
    public ClassName dispatcherClass() {
        String dispatcher = TaskNames.dispatcherClass(binaryName);
        return ClassName.get(TaskNames.packageOf(dispatcher), TaskNames.flatSimpleName(dispatcher));
    }

    /**
     * A hash of the constructors and shared methods (names and erased types), the same in the
     * proxy and the dispatcher of one compilation: FNV-1a over their signatures.
     */
    public long signature() {
        StringBuilder text = new StringBuilder(binaryName);
        constructors.forEach(c -> text.append('\n').append(c.erasedSignature()));
        methods.forEach(m -> text.append('\n').append(m.erasedSignature()));
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.toString().getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return hash;
    }
}
