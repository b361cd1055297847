package dev.jmp.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.jmp.processor.model.SharedClass;
import dev.jmp.processor.model.SharedConstructor;
import dev.jmp.processor.model.SharedMethod;
import dev.jmp.processor.model.TaskParameter;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Generates the dispatcher of a shared class, {@code jmp_generated.Counter_Dispatcher}, which a
 * manager's server loads by name: it decodes a constructor's or a shared method's arguments,
 * calls it, and encodes the result. Only {@code @Shared} methods have a number, so only they can
 * be called.
 */
public final class DispatcherGenerator extends SourceGenerator<SharedClass> {

    private static final AnnotationSpec UNCHECKED =
            AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build();
    private static final List<String> RESERVED = List.of("constructor", "method", "target", "arguments", "result", "self");

    @Override
    ClassName className(SharedClass shared) {
        return shared.dispatcherClass();
    }

    @Override
    Element origin(SharedClass shared) {
        return shared.element();
    }

    @Override
    TypeSpec.Builder type(SharedClass shared) {
        return TypeSpec.classBuilder(shared.dispatcherClass())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(SharedCalls.SHARED_DISPATCHER)
                .addJavadoc("Constructs {@link $T}s and calls their {@code @Shared} methods in a manager's server,\n"
                        + "which loads this class by name; {@link $T} makes the calls.\n", shared.className(),
                        shared.proxyClass())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).build())
                .addMethod(MethodSpec.methodBuilder("signature")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(long.class)
                        .addStatement("return $L", SharedCalls.signature(shared))
                        .build())
                .addMethod(methodNames(shared))
                .addMethod(construct(shared))
                .addMethod(call(shared));
    }

    private static NameAllocator names() {
        NameAllocator names = new NameAllocator();
        RESERVED.forEach(names::newName);
        return names;
    }

    private static MethodSpec methodNames(SharedClass shared) {
        CodeBlock names = shared.methods().stream().map(m -> CodeBlock.of("$S", m.methodName()))
                .collect(CodeBlock.joining(", "));
        return MethodSpec.methodBuilder("methodNames")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(List.class, String.class))
                .addStatement("return $T.of($L)", List.class, names)
                .build();
    }

    private static MethodSpec construct(SharedClass shared) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("construct")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Object.class)
                .addParameter(int.class, "constructor")
                .addParameter(WireCalls.WIRE_INPUT, "arguments")
                .addException(Throwable.class);
        CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("switch (constructor)");
        List<SharedConstructor> constructors = shared.constructors();
        boolean unchecked = false;
        for (int i = 0; i < constructors.size(); i++) {
            SharedConstructor c = constructors.get(i);
            code.add("case $L: {\n$>", i);
            List<CodeBlock> locals = decode(c.parameters(), names(), code);
            code.addStatement("arguments.expectEnd()")
                    .addStatement("return new $T($L)", shared.className(), CodeBlock.join(locals, ", "))
                    .add("$<}\n");
            unchecked |= c.parameters().stream().anyMatch(p -> WireCalls.needsUncheckedCast(p.wire()));
        }
        code.add("default:\n$>")
                .addStatement("throw new $T($S + constructor)", WireCalls.WIRE_FORMAT_EXCEPTION,
                        shared.flatName() + " has no constructor number ")
                .add("$<")
                .endControlFlow();
        if (unchecked) {
            method.addAnnotation(UNCHECKED);
        }
        return method.addCode(code.build()).build();
    }

    private static MethodSpec call(SharedClass shared) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("call")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Object.class, "target")
                .addParameter(int.class, "method")
                .addParameter(WireCalls.WIRE_INPUT, "arguments")
                .addParameter(WireCalls.WIRE_OUTPUT, "result")
                .addException(Throwable.class);
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T self = ($T) target", shared.className(), shared.className())
                .beginControlFlow("switch (method)");
        List<SharedMethod> methods = shared.methods();
        boolean unchecked = false;
        for (int i = 0; i < methods.size(); i++) {
            SharedMethod m = methods.get(i);
            NameAllocator names = names();
            code.add("case $L: {\n$>", i);
            List<CodeBlock> locals = decode(m.parameters(), names, code);
            code.addStatement("arguments.expectEnd()");
            CodeBlock invocation = CodeBlock.of("self.$N($L)", m.methodName(), CodeBlock.join(locals, ", "));
            if (m.result().isEmpty()) {
                code.addStatement(invocation);
            } else {
                String value = names.newName("value");
                code.addStatement("$T $N = $L", m.returnType(), value, invocation);
                new Encoder("result", names).write(m.result().get(), CodeBlock.of("$N", value), value, code);
            }
            code.addStatement("return").add("$<}\n");
            unchecked |= m.parameters().stream().anyMatch(p -> WireCalls.needsUncheckedCast(p.wire()));
        }
        code.add("default:\n$>")
                .addStatement("throw new $T($S + method)", WireCalls.WIRE_FORMAT_EXCEPTION,
                        shared.flatName() + " has no shared method number ")
                .add("$<")
                .endControlFlow();
        if (unchecked) {
            method.addAnnotation(UNCHECKED);
        }
        return method.addCode(code.build()).build();
    }

    private static List<CodeBlock> decode(List<TaskParameter> parameters, NameAllocator names, CodeBlock.Builder code) {
        Decoder decoder = new Decoder("arguments", names);
        List<CodeBlock> locals = new ArrayList<>();
        for (TaskParameter p : parameters) {
            locals.add(CodeBlock.of("$N", decoder.read(p.wire(), p.name(), code)));
        }
        return locals;
    }
}
