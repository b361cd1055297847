package dev.jmp.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.jmp.processor.model.TaskGroup;
import dev.jmp.processor.model.TaskMethod;
import dev.jmp.processor.model.TaskParameter;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Generates the factory of a class's tasks, {@code GreeterTasks}: one static method per task,
 * with the task method's parameters, returning a {@code Task} whose arguments are already
 * encoded, so a value that cannot be encoded fails at the call site, and which carries its
 * entry's result decoder, so the result is decoded without loading anything by name.
 */
public final class FactoryGenerator extends SourceGenerator<TaskGroup> {

    @Override
    ClassName className(TaskGroup group) {
        return group.owner().factoryClass();
    }

    @Override
    Element origin(TaskGroup group) {
        return group.owner().element();
    }

    @Override
    TypeSpec.Builder type(TaskGroup group) {
        TypeSpec.Builder type = TypeSpec.classBuilder(className(group))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The tasks of {@link $T}: each method returns a {@link $T} that runs the\n"
                        + "{@code @ProcessTask} method of the same name in another process.\n",
                        group.owner().className(), WireCalls.TASK)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (TaskMethod task : group.tasks()) {
            type.addMethod(factoryMethod(task));
        }
        return type;
    }

    private static MethodSpec factoryMethod(TaskMethod task) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(task.taskName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(WireCalls.TASK, task.returnType().box()))
                .addJavadoc("A task that runs {@link $L} in another process. The arguments are encoded\n"
                        + "now: one that cannot be encoded fails here, not in the child.\n", link(task))
                .varargs(task.varargs());
        List<CodeBlock> arguments = task.parameters().stream().map(p -> CodeBlock.of("$N", p.name())).toList();
        for (TaskParameter p : task.parameters()) {
            method.addParameter(p.type(), p.name());
        }
        if (task.varargs() && isGenericArray(task.parameters().get(task.parameters().size() - 1).type())) {
            method.addAnnotation(AnnotationSpec.builder(SafeVarargs.class).build());
        }
        // The declared exceptions let a failure of one of those classes reach the caller as itself.
        CodeBlock declared = task.thrownTypes().stream()
                .map(t -> CodeBlock.of(", $T.class", t))
                .collect(CodeBlock.joining(""));
        // A map capturing on this thread takes the arguments into its chunk instead (ArgumentChunk).
        NameAllocator names = new NameAllocator();
        task.parameters().forEach(p -> names.newName(p.name()));
        String chunk = names.newName("chunk");
        List<CodeBlock> written = new ArrayList<>();
        written.add(CodeBlock.of("$N", chunk));
        written.addAll(arguments);
        method.addStatement("$T $N = $T.capture($S)", WireCalls.ARGUMENT_CHUNK, chunk, WireCalls.ARGUMENT_CHUNK,
                        task.indexEntry().entryClass())
                .beginControlFlow("if ($N != null)", chunk)
                .addStatement("$T.writeArguments($L)", task.entryClass(), CodeBlock.join(written, ", "))
                .addStatement("return $N.captured($S, $T::decodeResult, $T::decodeResult$L)", chunk, task.description(),
                        task.entryClass(), task.entryClass(), declared)
                .endControlFlow();
        method.addStatement("return $T.task($S, $T.encodeArguments($L), $S, $T::decodeResult$L)",
                WireCalls.TASKS, task.indexEntry().entryClass(), task.entryClass(),
                CodeBlock.join(arguments, ", "), task.description(), task.entryClass(), declared);
        return method.build();
    }

    /** {@code Greeter#greet(String)}, as a Javadoc reference to the task method. */
    static CodeBlock link(TaskMethod task) {
        CodeBlock parameters = task.parameters().stream()
                .map(p -> CodeBlock.of("$T", p.erasure()))
                .collect(CodeBlock.joining(", "));
        return CodeBlock.of("$T#$N($L)", task.owner().className(), task.methodName(), parameters);
    }

    private static boolean isGenericArray(TypeName type) {
        return type instanceof ArrayTypeName && WireCalls.innermost(type) instanceof ParameterizedTypeName;
    }
}
