package dev.jmp.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.jmp.processor.model.TaskMethod;
import dev.jmp.processor.model.TaskParameter;
import dev.jmp.processor.model.WireType;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Generates a task's worker entry, {@code jmp_generated.Greeter_greet_Entry}: the codecs of its
 * arguments and result (the static {@code decodeResult} is the decoder the factory gives each
 * task), the {@code TaskEntry} a child JVM loads by name, and a {@code main} that runs the task on
 * its own.
 */
public final class EntryGenerator extends SourceGenerator<TaskMethod> {

    static final AnnotationSpec UNCHECKED =
            AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build();

    @Override
    ClassName className(TaskMethod task) {
        return task.entryClass();
    }

    @Override
    Element origin(TaskMethod task) {
        return task.owner().element();
    }

    @Override
    TypeSpec.Builder type(TaskMethod task) {
        return TypeSpec.classBuilder(task.entryClass())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(WireCalls.TASK_ENTRY)
                .addSuperinterface(WireCalls.CHUNK_ENTRY)
                .addJavadoc("Runs {@link $L} in a child JVM, which loads this class by name.\n",
                        FactoryGenerator.link(task))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("Used by the child JVM; tasks are made by {@link $T}.\n", task.owner().factoryClass())
                        .build())
                .addMethod(encodeArguments(task))
                .addMethod(ChunkMethods.writeArguments(task))
                .addMethod(invoke(task))
                .addMethod(ChunkMethods.runChunk(task))
                .addMethod(decodeResult(task))
                .addMethod(decodeResultAt(task))
                .addMethod(EntryMain.method(task));
    }

    private static MethodSpec encodeArguments(TaskMethod task) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("encodeArguments")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(byte[].class)
                .addJavadoc("Encodes the arguments of one call, as {@link #invoke} decodes them.\n");
        NameAllocator names = new NameAllocator();
        for (TaskParameter p : task.parameters()) {
            method.addParameter(p.type(), names.newName(p.name()));
        }
        if (task.parameters().isEmpty()) {
            return method.addStatement("return new byte[0]").build();
        }
        String out = names.newName("out");
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T $N = new $T()", WireCalls.WIRE_OUTPUT, out, WireCalls.WIRE_OUTPUT);
        Encoder encoder = new Encoder(out, names);
        for (TaskParameter p : task.parameters()) {
            encoder.write(p.wire(), CodeBlock.of("$N", p.name()), p.name(), code);
        }
        return method.addCode(code.build()).addStatement("return $N.toByteArray()", out).build();
    }

    private static MethodSpec invoke(TaskMethod task) {
        NameAllocator names = new NameAllocator();
        String arguments = names.newName("arguments");
        String in = names.newName("in");
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T $N = new $T($N)", WireCalls.WIRE_INPUT, in, WireCalls.WIRE_INPUT, arguments);
        Decoder decoder = new Decoder(in, names);
        List<CodeBlock> locals = new ArrayList<>();
        for (TaskParameter p : task.parameters()) {
            locals.add(CodeBlock.of("$N", decoder.read(p.wire(), p.name(), code)));
        }
        code.addStatement("$N.expectEnd()", in);
        CodeBlock call = CodeBlock.of("$T.$N($L)", task.owner().className(), task.methodName(), CodeBlock.join(locals, ", "));
        if (task.result().isEmpty()) {
            code.addStatement(call).addStatement("return new byte[0]");
        } else {
            String result = names.newName("result");
            String out = names.newName("out");
            code.addStatement("$T $N = $L", task.returnType(), result, call)
                    .addStatement("$T $N = new $T()", WireCalls.WIRE_OUTPUT, out, WireCalls.WIRE_OUTPUT);
            new Encoder(out, names).write(task.result().get(), CodeBlock.of("$N", result), result, code);
            code.addStatement("return $N.toByteArray()", out);
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder("invoke")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(byte[].class)
                .addParameter(byte[].class, arguments)
                .addExceptions(task.thrownTypes())
                .addCode(code.build());
        if (task.parameters().stream().anyMatch(p -> WireCalls.needsUncheckedCast(p.wire()))) {
            method.addAnnotation(UNCHECKED);
        }
        return method.build();
    }

    private static MethodSpec decodeResult(TaskMethod task) {
        return MethodSpec.methodBuilder("decodeResult")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(task.returnType().box())
                .addJavadoc("Decodes what {@link #invoke} returned: the result decoder of the tasks {@link $T} makes.\n",
                        task.owner().factoryClass())
                .addParameter(byte[].class, "result")
                .addStatement("return decodeResult(result, 0, result.length)")
                .build();
    }

    private static MethodSpec decodeResultAt(TaskMethod task) {
        NameAllocator names = new NameAllocator();
        String result = names.newName("result");
        String offset = names.newName("offset");
        String length = names.newName("length");
        String in = names.newName("in");
        MethodSpec.Builder method = MethodSpec.methodBuilder("decodeResult")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(task.returnType().box())
                .addJavadoc("Decodes one result where it lies among others: how a map decodes the results of a chunk.\n")
                .addParameter(byte[].class, result)
                .addParameter(int.class, offset)
                .addParameter(int.class, length)
                .addStatement("$T $N = new $T($N, $N, $N)", WireCalls.WIRE_INPUT, in, WireCalls.WIRE_INPUT, result, offset,
                        length);
        if (task.result().isEmpty()) {
            return method.addStatement("$N.expectEnd()", in).addStatement("return null").build();
        }
        WireType type = task.result().get();
        CodeBlock.Builder code = CodeBlock.builder();
        String value = new Decoder(in, names).read(type, "value", code);
        code.addStatement("$N.expectEnd()", in).addStatement("return $N", value);
        if (WireCalls.needsUncheckedCast(type)) {
            method.addAnnotation(UNCHECKED);
        }
        return method.addCode(code.build()).build();
    }
}
