package dev.jmp.processor.model;

import com.palantir.javapoet.ClassName;
import dev.jmp.internal.TaskNames;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A class that declares {@code @ProcessTask} methods.
 *
 * @param element the class, origin of the generated files and target of class-level errors
 * @param binaryName {@code com.example.Outer$Inner}, the input of every {@link TaskNames} rule
 * @param className the class as generated code refers to it
 * @param notPublic the class and its enclosing classes that generated code in another package
 *     cannot see, innermost first
 * @param inUnnamedPackage whether the class is in the unnamed package, which a named package
 *     cannot import from
 */
public record TaskOwner(
        TypeElement element,
        String binaryName,
        ClassName className,
        List<TypeElement> notPublic,
        boolean inUnnamedPackage) {

    public TaskOwner {
        notPublic = List.copyOf(notPublic);
    }

    /** {@code Outer_Inner}: the owner's simple name as generated names and descriptions use it. */
    public String flatName() {
        return TaskNames.flatSimpleName(binaryName);
    }

    /** The generated factory, {@code com.example.GreeterTasks}. */
    public ClassName factoryClass() {
        String factory = TaskNames.factoryClass(binaryName);
        return ClassName.get(TaskNames.packageOf(factory), TaskNames.flatSimpleName(factory));
    }

    /** The package of the generated worker entries, {@code com.example.jmp_generated}. */
    public String entryPackage() {
        return TaskNames.entryPackage(TaskNames.packageOf(binaryName));
    }

    /** The generated worker entry of {@code taskName}, {@code com.example.jmp_generated.Greeter_greet_Entry}. */
    public ClassName entryClass(String taskName) {
        return ClassName.get(entryPackage(), TaskNames.entrySimpleName(binaryName, taskName));
    }
}
