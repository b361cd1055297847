package dev.jmp.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.jmp.processor.model.WireType;
import java.util.Map;
import javax.lang.model.SourceVersion;

/**
 * Writes the statements that encode one value to a {@code WireOutput}, walking its
 * {@link WireType}. The byte layout is the one {@link Decoder} reads.
 */
final class Encoder {

    private final String out;
    private final NameAllocator names;

    /**
     * @param out the name of the {@code WireOutput} local
     * @param names the method's allocator, for every local this encoder declares
     */
    Encoder(String out, NameAllocator names) {
        this.out = out;
        this.names = names;
    }

    /**
     * Adds to {@code code} the statements that write {@code value}.
     *
     * @param hint a base for the names of locals the encoding needs
     */
    void write(WireType type, CodeBlock value, String hint, CodeBlock.Builder code) {
        if (type instanceof WireType.Primitive p) {
            code.addStatement("$N.$N($L)", out, WireCalls.write(p.kind()), value);
            return;
        }
        if (type instanceof WireType.Serialized) {
            code.addStatement("$N.writeSerialized($L)", out, value);
            return;
        }
        String name = bind(type, value, hint, code);
        code.beginControlFlow("if ($N.writePresence($N))", out, name);
        writePresent(type, name, code);
        code.endControlFlow();
    }

    private void writePresent(WireType type, String value, CodeBlock.Builder code) {
        if (type instanceof WireType.Boxed b) {
            code.addStatement("$N.$N($N)", out, WireCalls.write(b.kind()), value);
        } else if (type instanceof WireType.Text) {
            code.addStatement("$N.writeString($N)", out, value);
        } else if (type instanceof WireType.SharedHandle) {
            code.addStatement("$T.write($N, $N)", WireCalls.SHARED_OBJECTS, out, value);
        } else if (type instanceof WireType.Everyday e) {
            code.addStatement("$T.$N.write($N, $N)", WireCalls.VALUE_TYPE, e.constant(), out, value);
        } else if (type instanceof WireType.OptionalOf o) {
            write(o.value(), CodeBlock.of("$N.orElse(null)", value), value + "Value", code);
        } else if (type instanceof WireType.EnumValue) {
            code.addStatement("$N.writeInt($N.ordinal())", out, value);
        } else if (type instanceof WireType.RecordValue r) {
            for (WireType.Component c : r.components()) {
                write(c.type(), CodeBlock.of("$N.$N()", value, c.name()), value + capitalized(c.name()), code);
            }
        } else if (WireCalls.isByteArray(type)) {
            code.addStatement("$N.writeBytes($N)", out, value);
        } else if (type instanceof WireType.ArrayOf a) {
            code.addStatement("$N.writeInt($N.length)", out, value);
            elements(a.component(), value, code);
        } else if (type instanceof WireType.CollectionOf c) {
            code.addStatement("$N.writeInt($N.size())", out, value);
            elements(c.element(), value, code);
        } else if (type instanceof WireType.MapOf m) {
            code.addStatement("$N.writeInt($N.size())", out, value);
            String entry = names.newName(value + "Entry");
            TypeName entryType = ParameterizedTypeName.get(
                    ClassName.get(Map.Entry.class), m.key().typeName(), m.value().typeName());
            code.beginControlFlow("for ($T $N : $N.entrySet())", entryType, entry, value);
            write(m.key(), CodeBlock.of("$N.getKey()", entry), value + "Key", code);
            write(m.value(), CodeBlock.of("$N.getValue()", entry), value + "Value", code);
            code.endControlFlow();
        } else {
            throw new IllegalArgumentException("no encoder for " + type);
        }
    }

    private void elements(WireType element, String container, CodeBlock.Builder code) {
        String item = names.newName(container + "Item");
        code.beginControlFlow("for ($T $N : $N)", element.typeName(), item, container);
        write(element, CodeBlock.of("$N", item), item, code);
        code.endControlFlow();
    }

    /** A name for {@code value}: itself when it is one, else a new local holding it. */
    private String bind(WireType type, CodeBlock value, String hint, CodeBlock.Builder code) {
        String text = value.toString();
        if (SourceVersion.isIdentifier(text)) {
            return text;
        }
        String name = names.newName(hint);
        code.addStatement("$T $N = $L", type.typeName(), name, value);
        return name;
    }

    static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
