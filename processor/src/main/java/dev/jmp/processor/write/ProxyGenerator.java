package dev.jmp.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.jmp.processor.model.SharedClass;
import dev.jmp.processor.model.SharedConstructor;
import dev.jmp.processor.model.SharedMethod;
import dev.jmp.processor.model.TaskParameter;
import dev.jmp.processor.model.WireType;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Generates the proxy of a shared class, {@code CounterProxy}: a {@code create} factory per
 * public constructor, and per {@code @Shared} method a method of the same signature that encodes
 * the arguments, makes the call on the manager's server and decodes the result. Constructors and
 * methods are numbered in declaration order, as the dispatcher numbers them.
 */
public final class ProxyGenerator extends SourceGenerator<SharedClass> {

    private static final AnnotationSpec UNCHECKED =
            AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build();

    @Override
    ClassName className(SharedClass shared) {
        return shared.proxyClass();
    }

    @Override
    Element origin(SharedClass shared) {
        return shared.element();
    }

    @Override
    TypeSpec.Builder type(SharedClass shared) {
        ClassName proxy = shared.proxyClass();
        TypeSpec.Builder type = TypeSpec.classBuilder(proxy)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(SharedCalls.SHARED_PROXY)
                .addJavadoc("A proxy of a {@link $T} held by a manager: each method runs the {@code @Shared}\n"
                        + "method of the same name in the manager's server.\n", shared.className())
                .addField(FieldSpec.builder(String.class, "TYPE_ID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", shared.binaryName()).build())
                .addField(FieldSpec.builder(long.class, "SIGNATURE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(SharedCalls.signature(shared)).build())
                .addStaticBlock(CodeBlock.of("register(TYPE_ID, $T.class, $T::new);\n", proxy, proxy))
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(SharedCalls.PROXY_CORE, "core")
                        .addStatement("super(core)")
                        .build());
        List<SharedConstructor> constructors = shared.constructors();
        for (int i = 0; i < constructors.size(); i++) {
            type.addMethod(factory(shared, constructors.get(i), i));
        }
        List<SharedMethod> methods = shared.methods();
        for (int i = 0; i < methods.size(); i++) {
            type.addMethod(method(shared, methods.get(i), i));
        }
        return type;
    }

    private static MethodSpec factory(SharedClass shared, SharedConstructor constructor, int index) {
        NameAllocator names = new NameAllocator();
        MethodSpec.Builder method = MethodSpec.methodBuilder("create")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(shared.proxyClass())
                .addJavadoc("Creates a {@code $T} with {@link $L} in {@code manager}'s server, which must have\n"
                        + "registered it, and returns its proxy.\n", shared.className(),
                        SharedCalls.link(shared, shared.className().simpleName(), erasures(constructor.parameters())))
                .varargs(constructor.varargs());
        for (TaskParameter p : constructor.parameters()) {
            names.newName(p.name(), p);
        }
        String manager = names.newName("manager");
        method.addParameter(SharedCalls.BASE_MANAGER, manager);
        for (TaskParameter p : constructor.parameters()) {
            method.addParameter(p.type(), names.get(p));
        }
        String arguments = names.newName("arguments");
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$T $N = new $T()", WireCalls.WIRE_OUTPUT, arguments, WireCalls.WIRE_OUTPUT);
        Encoder encoder = new Encoder(arguments, names);
        for (TaskParameter p : constructor.parameters()) {
            encoder.write(p.wire(), CodeBlock.of("$N", names.get(p)), names.get(p), code);
        }
        code.addStatement("return create($N, TYPE_ID, SIGNATURE, $L, $N)", manager, index, arguments);
        return method.addCode(code.build()).build();
    }

    private static MethodSpec method(SharedClass shared, SharedMethod m, int index) {
        NameAllocator names = new NameAllocator();
        MethodSpec.Builder method = MethodSpec.methodBuilder(m.methodName())
                .addModifiers(Modifier.PUBLIC)
                .returns(m.returnType())
                .addJavadoc("Calls {@link $L} in the manager's server.\n", SharedCalls.link(shared, m.methodName(),
                        erasures(m.parameters())))
                .addExceptions(m.thrownTypes())
                .varargs(m.varargs());
        for (TaskParameter p : m.parameters()) {
            method.addParameter(p.type(), names.newName(p.name(), p));
        }
        String call = names.newName("call");
        CodeBlock.Builder code = CodeBlock.builder().addStatement("$T $N = newCall($L)", WireCalls.WIRE_OUTPUT, call, index);
        Encoder encoder = new Encoder(call, names);
        for (TaskParameter p : m.parameters()) {
            encoder.write(p.wire(), CodeBlock.of("$N", names.get(p)), names.get(p), code);
        }
        String result = names.newName("result");
        code.addStatement("$T $N = invoke($N$L)", WireCalls.WIRE_INPUT, result, call,
                SharedCalls.classLiterals(m.thrownTypes()));
        if (m.result().isEmpty()) {
            code.addStatement("$N.expectEnd()", result);
        } else {
            WireType type = m.result().get();
            String value = new Decoder(result, names).read(type, "value", code);
            code.addStatement("$N.expectEnd()", result).addStatement("return $N", value);
            if (WireCalls.needsUncheckedCast(type)) {
                method.addAnnotation(UNCHECKED);
            }
        }
        return method.addCode(code.build()).build();
    }

    private static List<TypeName> erasures(List<TaskParameter> parameters) {
        return parameters.stream().map(TaskParameter::erasure).toList();
    }
}
