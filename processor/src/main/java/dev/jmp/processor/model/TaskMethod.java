package dev.jmp.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.jmp.internal.TaskIndex;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/**
 * A {@code @ProcessTask} method as parsed, valid or not: validation decides whether it is
 * generated.
 *
 * @param element the method, target of errors about the method
 * @param owner the class that declares it
 * @param methodName the Java name of the method
 * @param name the task name, which names the factory method and the worker entry
 * @param signature {@code greet(String)}, for messages that must tell overloads apart
 * @param isStatic whether the method is static
 * @param isPublic whether the method is public
 * @param typeVariables the names of the method's own type variables
 * @param parameters the parameters, in declaration order
 * @param returnType the declared return type, {@code void} included
 * @param result how the return value crosses back; empty for {@code void}
 * @param thrownTypes the declared exceptions, which the generated entry rethrows as declared
 * @param varargs whether the last parameter is variable-arity
 */
public record TaskMethod(
        ExecutableElement element,
        TaskOwner owner,
        String methodName,
        TaskName name,
        String signature,
        boolean isStatic,
        boolean isPublic,
        List<String> typeVariables,
        List<TaskParameter> parameters,
        TypeName returnType,
        Optional<WireType> result,
        List<TypeName> thrownTypes,
        boolean varargs) {

    public TaskMethod {
        typeVariables = List.copyOf(typeVariables);
        parameters = List.copyOf(parameters);
        thrownTypes = List.copyOf(thrownTypes);
    }

    /** The task name as a string. */
    public String taskName() {
        return name.value();
    }

    /** The generated worker entry. */
    public ClassName entryClass() {
        return owner.entryClass(taskName());
    }

    /** The line of {@code META-INF/jmp/tasks.index} that lists this task. */
    public TaskIndex.Entry indexEntry() {
        return new TaskIndex.Entry(owner.binaryName(), taskName(), entryClass().reflectionName());
    }

    /** {@code Greeter.greet}: what a task's description and the entry's usage line show. */
    public String description() {
        return indexEntry().shortName();
    }

    /** {@code Greeter.greet(String)}: the method as messages name it. */
    public String displayName() {
        return owner.flatName() + "." + signature;
    }
}
