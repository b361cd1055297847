package dev.jmp.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import dev.jmp.processor.model.TaskMethod;
import dev.jmp.processor.model.TaskParameter;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The methods of a worker entry that serve a map's chunk: {@code writeArguments}, which writes
 * one task's arguments into the chunk the factory is capturing into, and {@code runChunk}, the
 * loop that runs the chunk in a worker. Parameters of a reference type go through the chunk's
 * memo on both sides (a reference before the value), primitives are written as they are.
 */
final class ChunkMethods {

    private ChunkMethods() {}

    static boolean memoised(TaskParameter p) {
        return !p.type().isPrimitive();
    }

    static MethodSpec writeArguments(TaskMethod task) {
        NameAllocator names = new NameAllocator();
        String chunk = names.newName("chunk");
        MethodSpec.Builder method = MethodSpec.methodBuilder("writeArguments")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Writes the arguments of one call into the chunk of a map, as {@link #runChunk} reads them.\n")
                .addParameter(WireCalls.ARGUMENT_CHUNK, chunk);
        for (TaskParameter p : task.parameters()) {
            method.addParameter(p.type(), names.newName(p.name()));
        }
        if (task.parameters().isEmpty()) {
            return method.build();
        }
        String out = names.newName("out");
        CodeBlock.Builder code = CodeBlock.builder().addStatement("$T $N = $N.out()", WireCalls.WIRE_OUTPUT, out, chunk);
        Encoder encoder = new Encoder(out, names);
        for (TaskParameter p : task.parameters()) {
            if (memoised(p)) {
                code.beginControlFlow("if ($N.memo($N))", chunk, p.name());
                encoder.write(p.wire(), CodeBlock.of("$N", p.name()), p.name(), code);
                code.endControlFlow();
            } else {
                encoder.write(p.wire(), CodeBlock.of("$N", p.name()), p.name(), code);
            }
        }
        return method.addCode(code.build()).build();
    }

    static MethodSpec runChunk(TaskMethod task) {
        NameAllocator names = new NameAllocator();
        String run = names.newName("run");
        String in = names.newName("in");
        String i = names.newName("i");
        String n = names.newName("n");
        String runs = names.newName("runs");
        String thrown = names.newName("thrown");
        CodeBlock.Builder body = CodeBlock.builder();
        Decoder decoder = new Decoder(in, names);
        List<CodeBlock> locals = new ArrayList<>();
        for (TaskParameter p : task.parameters()) {
            if (!memoised(p)) {
                locals.add(CodeBlock.of("$N", decoder.read(p.wire(), p.name(), body)));
                continue;
            }
            String local = names.newName(p.name());
            String reference = names.newName(p.name() + "Reference");
            body.addStatement("$T $N", p.type(), local)
                    .addStatement("int $N = $N.readInt()", reference, in)
                    .beginControlFlow("if ($N < 0)", reference);
            String read = decoder.read(p.wire(), p.name(), body);
            body.addStatement("$N = $N.remember($N)", local, run, read)
                    .nextControlFlow("else")
                    .addStatement("$N = $N.recall($N)", local, run, reference)
                    .endControlFlow();
            locals.add(CodeBlock.of("$N", local));
        }
        CodeBlock call = CodeBlock.of("$T.$N($L)", task.owner().className(), task.methodName(), CodeBlock.join(locals, ", "));
        body.beginControlFlow("if ($N)", runs);
        if (task.result().isEmpty()) {
            body.addStatement(call).addStatement("$N.result()", run);
        } else {
            String result = names.newName("result");
            String out = names.newName("out");
            body.addStatement("$T $N = $L", task.returnType(), result, call)
                    .addStatement("$T $N = $N.result()", WireCalls.WIRE_OUTPUT, out, run);
            new Encoder(out, names).write(task.result().get(), CodeBlock.of("$N", result), result, body);
        }
        body.endControlFlow().addStatement("$N.done($N)", run, i);
        CodeBlock loop = CodeBlock.builder()
                .addStatement("$T $N = $N.arguments()", WireCalls.WIRE_INPUT, in, run)
                .beginControlFlow("for (int $N = 0, $N = $N.count(); $N < $N; $N++)", i, n, run, i, n, i)
                .addStatement("boolean $N = $N.next($N)", runs, run, i)
                .beginControlFlow("try")
                .add(body.build())
                .nextControlFlow("catch ($T $N)", Throwable.class, thrown)
                .addStatement("$N.failed($N, $N)", run, i, thrown)
                .endControlFlow()
                .endControlFlow()
                .build();
        MethodSpec.Builder method = MethodSpec.methodBuilder("runChunk")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(WireCalls.CHUNK_RUN, run)
                .addCode(loop);
        if (task.parameters().stream().anyMatch(p -> WireCalls.needsUncheckedCast(p.wire()))) {
            method.addAnnotation(EntryGenerator.UNCHECKED);
        }
        return method.build();
    }
}
