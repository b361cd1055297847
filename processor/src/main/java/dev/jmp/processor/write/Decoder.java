package dev.jmp.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.jmp.processor.model.WireType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Writes the statements that decode one value from a {@code WireInput}, walking its
 * {@link WireType}. Each value lands in a local of its own, so values are read in exactly the
 * order {@link Encoder} wrote them.
 */
final class Decoder {

    /** What each collection interface decodes as: the JDK's defaults, keeping order. */
    private static final Map<ClassName, ClassName> IMPLEMENTATIONS = Map.of(
            WireType.CollectionOf.LIST, ClassName.get(ArrayList.class),
            WireType.CollectionOf.SET, ClassName.get(LinkedHashSet.class));

    private final String in;
    private final NameAllocator names;

    /**
     * @param in the name of the {@code WireInput} local
     * @param names the method's allocator, for every local this decoder declares
     */
    Decoder(String in, NameAllocator names) {
        this.in = in;
        this.names = names;
    }

    /** Adds statements that read one value into a new local, and returns the local's name. */
    String read(WireType type, String hint, CodeBlock.Builder code) {
        CodeBlock expression = expression(type);
        String name = names.newName(hint);
        if (expression != null) {
            code.addStatement("$T $N = $L", type.typeName(), name, expression);
            return name;
        }
        code.addStatement("$T $N = null", type.typeName(), name);
        code.beginControlFlow("if ($N.readPresence())", in);
        readPresent(type, name, code);
        code.endControlFlow();
        return name;
    }

    /** A single expression that reads a value of {@code type}, or null when it takes statements. */
    private CodeBlock expression(WireType type) {
        if (type instanceof WireType.Primitive p) {
            return CodeBlock.of("$N.$N()", in, WireCalls.read(p.kind()));
        } else if (type instanceof WireType.Boxed b) {
            return CodeBlock.of("$N.readPresence() ? $N.$N() : null", in, in, WireCalls.read(b.kind()));
        } else if (type instanceof WireType.Text) {
            return CodeBlock.of("$N.readPresence() ? $N.readString() : null", in, in);
        } else if (type instanceof WireType.EnumValue e) {
            return CodeBlock.of("$N.readPresence() ? $N.readEnum($T.values()) : null", in, in, e.typeName());
        } else if (WireCalls.isByteArray(type)) {
            return CodeBlock.of("$N.readPresence() ? $N.readBytes() : null", in, in);
        } else if (type instanceof WireType.Everyday e) {
            return CodeBlock.of("$N.readPresence() ? ($T) $T.$N.read($N) : null", in, e.typeName(),
                    WireCalls.VALUE_TYPE, e.constant(), in);
        } else if (type instanceof WireType.SharedHandle h) {
            CodeBlock call = CodeBlock.of("$T.read($N, $T.class)", WireCalls.SHARED_OBJECTS, in, h.rawType());
            return CodeBlock.of("$N.readPresence() ? $L : null", in,
                    h.typeName() instanceof ParameterizedTypeName ? CodeBlock.of("($T) $L", h.typeName(), call) : call);
        } else if (type instanceof WireType.Serialized s) {
            CodeBlock call = CodeBlock.of("$N.readSerialized($T.class$L)", in, s.rawType(),
                    s.allow().stream().map(a -> CodeBlock.of(", $S", a)).collect(CodeBlock.joining("")));
            return s.typeName() instanceof ParameterizedTypeName ? CodeBlock.of("($T) $L", s.typeName(), call) : call;
        }
        return null;
    }

    private void readPresent(WireType type, String target, CodeBlock.Builder code) {
        if (type instanceof WireType.RecordValue r) {
            List<CodeBlock> components = new ArrayList<>();
            for (WireType.Component c : r.components()) {
                components.add(CodeBlock.of("$N", read(c.type(), target + Encoder.capitalized(c.name()), code)));
            }
            code.addStatement("$N = new $T($L)", target, r.typeName(), CodeBlock.join(components, ", "));
        } else if (type instanceof WireType.ArrayOf a) {
            String length = names.newName(target + "Length");
            code.addStatement("int $N = $N.readLength()", length, in);
            // Every element takes at least one byte, so a longer array cannot be in the input.
            code.beginControlFlow("if ($N > $N.remaining())", length, in);
            code.addStatement("throw new $T($S + $N + $S)", WireCalls.WIRE_FORMAT_EXCEPTION,
                    "array length ", length, " exceeds the bytes that remain");
            code.endControlFlow();
            code.addStatement("$N = $L", target, ArrayCreation.of(a.typeName(), length));
            String index = names.newName(target + "Index");
            code.beginControlFlow("for (int $N = 0; $N < $N; $N++)", index, index, length, index);
            code.addStatement("$N[$N] = $L", target, index, element(a.component(), target + "Item", code));
            code.endControlFlow();
        } else if (type instanceof WireType.OptionalOf o) {
            code.addStatement("$N = $T.ofNullable($L)", target, WireType.OptionalOf.OPTIONAL,
                    element(o.value(), target + "Value", code));
        } else if (type instanceof WireType.CollectionOf c) {
            collection(IMPLEMENTATIONS.get(c.collection()), c.element(), target, code);
        } else if (type instanceof WireType.MapOf m) {
            String size = sized(ClassName.get(LinkedHashMap.class), target, code);
            String index = names.newName(target + "Index");
            code.beginControlFlow("for (int $N = 0; $N < $N; $N++)", index, index, size, index);
            CodeBlock key = CodeBlock.of("$N", read(m.key(), target + "Key", code));
            code.addStatement("$N.put($L, $L)", target, key, element(m.value(), target + "Value", code));
            code.endControlFlow();
        } else {
            throw new IllegalArgumentException("no decoder for " + type);
        }
    }

    private void collection(ClassName implementation, WireType element, String target, CodeBlock.Builder code) {
        String size = sized(implementation, target, code);
        String index = names.newName(target + "Index");
        code.beginControlFlow("for (int $N = 0; $N < $N; $N++)", index, index, size, index);
        code.addStatement("$N.add($L)", target, element(element, target + "Item", code));
        code.endControlFlow();
    }

    /** Reads a size and creates the collection, pre-sized no larger than the input could fill. */
    private String sized(ClassName implementation, String target, CodeBlock.Builder code) {
        String size = names.newName(target + "Size");
        code.addStatement("int $N = $N.readLength()", size, in);
        code.addStatement("$N = new $T<>($T.min($N, $N.remaining()))", target, implementation, Math.class, size, in);
        return size;
    }

    /** An element as an expression: inline when it is one, else read into a local first. */
    private CodeBlock element(WireType element, String hint, CodeBlock.Builder code) {
        CodeBlock expression = expression(element);
        return expression != null ? expression : CodeBlock.of("$N", read(element, hint, code));
    }
}
