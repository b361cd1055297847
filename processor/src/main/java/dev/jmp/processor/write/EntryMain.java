package dev.jmp.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.jmp.processor.model.TaskMethod;
import dev.jmp.processor.model.TaskParameter;
import dev.jmp.processor.model.WireType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The worker entry's {@code main(String[])}, which runs the task in the current JVM with its
 * arguments given as strings ({@code mvn jmp:run -Djmp.task=Greeter.greet -Djmp.args=Alice}).
 * Strings, primitives, their boxes and enums can be given that way; a task with any other
 * parameter gets a {@code main} that says so.
 */
final class EntryMain {

    private EntryMain() {}

    static MethodSpec method(TaskMethod task) {
        NameAllocator names = new NameAllocator();
        String args = names.newName("args");
        String arguments = names.newName("arguments");
        MethodSpec.Builder main = MethodSpec.methodBuilder("main")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(String[].class, args)
                .addJavadoc(task.result().isEmpty()
                        ? "Runs the task in this JVM, its arguments given as strings.\n"
                        : "Runs the task in this JVM, its arguments given as strings, and prints its result.\n");
        List<TaskParameter> unparsable = task.parameters().stream()
                .filter(p -> conversion(p.wire(), arguments, 0) == null)
                .toList();
        if (!unparsable.isEmpty()) {
            return main.addStatement("throw new $T($S)", UnsupportedOperationException.class, unsupported(task, unparsable))
                    .build();
        }
        List<CodeBlock> converted = new ArrayList<>();
        for (int i = 0; i < task.parameters().size(); i++) {
            converted.add(conversion(task.parameters().get(i).wire(), arguments, i));
        }
        CodeBlock parameterNames = task.parameters().stream()
                .map(p -> CodeBlock.of(", $S", p.name()))
                .collect(CodeBlock.joining(""));
        main.addExceptions(task.thrownTypes())
                .addStatement("$T $N = $T.of($S, $N$L)",
                        WireCalls.ENTRY_ARGUMENTS, arguments, WireCalls.ENTRY_ARGUMENTS, task.description(), args, parameterNames);
        CodeBlock call = CodeBlock.of("$T.$N($L)", task.owner().className(), task.methodName(), CodeBlock.join(converted, ", "));
        if (task.result().isEmpty()) {
            return main.addStatement(call).build();
        }
        return main.addStatement("$T.out.println($L)", System.class, printable(task.returnType(), call)).build();
    }

    /** How {@code main} gets a value of {@code type} from argument {@code index}; null if it cannot. */
    private static CodeBlock conversion(WireType type, String arguments, int index) {
        if (type instanceof WireType.Primitive p) {
            return CodeBlock.of("$N.$N($L)", arguments, p.kind().name().toLowerCase(Locale.ROOT) + "Value", index);
        } else if (type instanceof WireType.Boxed b) {
            return CodeBlock.of("$N.$N($L)", arguments, b.kind().name().toLowerCase(Locale.ROOT) + "Value", index);
        } else if (type instanceof WireType.Text) {
            return CodeBlock.of("$N.string($L)", arguments, index);
        } else if (type instanceof WireType.EnumValue e) {
            return CodeBlock.of("$N.enumValue($L, $T.class)", arguments, index, e.typeName());
        }
        return null;
    }

    /** Arrays print their elements, not their identity. */
    private static CodeBlock printable(TypeName type, CodeBlock value) {
        if (!(type instanceof ArrayTypeName array)) {
            return value;
        }
        String method = array.componentType().isPrimitive() ? "toString" : "deepToString";
        return CodeBlock.of("$T.$N($L)", Arrays.class, method, value);
    }

    private static String unsupported(TaskMethod task, List<TaskParameter> unparsable) {
        String which = unparsable.stream()
                .map(p -> p.name() + " (" + p.type() + ")")
                .collect(Collectors.joining(", "));
        return "[jmp.args] " + task.description() + " cannot run from the command line: parameter "
                + which + " cannot be given as a string; start it from Java with "
                + task.owner().factoryClass().simpleName() + "." + task.taskName() + "(...) instead";
    }
}
