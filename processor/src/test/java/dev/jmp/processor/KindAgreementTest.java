package dev.jmp.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.jmp.codec.Codecs;
import dev.jmp.internal.Kind;
import dev.jmp.internal.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The processor and the runtime read one table of what crosses a process ({@link Kind}, with
 * {@link ValueType}): a task may take every kind the table lists, and the codecs of queues and
 * pipes take the same types. A kind added to the table without its processor support (or an
 * example here) fails this test.
 */
class KindAgreementTest {

    /** Kinds that are only ever a tag on the wire, never a declared type. */
    private static final Set<Kind> TAG_ONLY = Set.of(Kind.NULL, Kind.COUNTED_SHARED);

    /** A declared type of each kind, as a task parameter writes it. */
    private static final Map<Kind, String> EXAMPLES = Map.ofEntries(
            Map.entry(Kind.STRING, "String"), Map.entry(Kind.INT, "Integer"), Map.entry(Kind.LONG, "Long"),
            Map.entry(Kind.DOUBLE, "Double"), Map.entry(Kind.BOOLEAN, "Boolean"), Map.entry(Kind.BYTE, "Byte"),
            Map.entry(Kind.SHORT, "Short"), Map.entry(Kind.CHAR, "Character"), Map.entry(Kind.FLOAT, "Float"),
            Map.entry(Kind.BYTES, "byte[]"), Map.entry(Kind.INTS, "int[]"), Map.entry(Kind.LONGS, "long[]"),
            Map.entry(Kind.DOUBLES, "double[]"), Map.entry(Kind.ENUM, "Colour"), Map.entry(Kind.RECORD, "Point"),
            Map.entry(Kind.LIST, "java.util.List<String>"), Map.entry(Kind.SET, "java.util.Set<Colour>"),
            Map.entry(Kind.MAP, "java.util.Map<String, Point>"), Map.entry(Kind.OPTIONAL, "java.util.Optional<Integer>"),
            Map.entry(Kind.SHARED, "dev.jmp.sync.Lock"),
            Map.entry(Kind.SERIALIZED, "@dev.jmp.JavaSerialized java.util.BitSet"),
            Map.entry(Kind.VALUE, "java.time.Instant"));

    @Test
    void aTaskMayTakeEveryKindOfTheTable() {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            if (!TAG_ONLY.contains(kind)) {
                assertWithMessage("an example of %s, a kind of the table", kind).that(EXAMPLES).containsKey(kind);
                parameters.put("a" + kind.ordinal(), EXAMPLES.get(kind));
            }
        }
        for (ValueType value : ValueType.values()) {
            parameters.put("value" + value.code(), value.type().getName());
        }
        List<String> declared = new ArrayList<>();
        parameters.forEach((name, type) -> declared.add(type + " " + name));
        Compilation compilation = Fixtures.compile(JavaFileObjects.forSourceString("com.example.Kinds", String.join("\n",
                "package com.example;",
                "public class Kinds {",
                "    public enum Colour { RED }",
                "    public record Point(int x, java.util.Set<String> tags, java.util.Map<Colour, java.nio.ByteBuffer> parts) {}",
                "    @dev.jmp.ProcessTask",
                "    public static void take(" + String.join(", ", declared) + ") {}",
                "}")));
        assertThat(compilation).succeeded();
    }

    public enum Colour { RED }

    public record Listed(java.util.List<String> values) {}

    public record Kept(Set<Colour> values) {}

    public record Mapped(Map<String, java.nio.ByteBuffer> values) {}

    public record Maybe(java.util.Optional<Integer> value) {}

    /** A class of each kind, as a queue or pipe is created for it; a shared object is not a queue's element. */
    private static final Map<Kind, Class<?>> ELEMENTS = Map.ofEntries(
            Map.entry(Kind.ENUM, Colour.class), Map.entry(Kind.RECORD, Listed.class), Map.entry(Kind.LIST, Listed.class),
            Map.entry(Kind.SET, Kept.class), Map.entry(Kind.MAP, Mapped.class), Map.entry(Kind.OPTIONAL, Maybe.class),
            Map.entry(Kind.SERIALIZED, java.util.BitSet.class), Map.entry(Kind.VALUE, java.time.Instant.class));

    @Test
    void queuesAndPipesTakeEveryKindButSharedObjects() {
        List<Class<?>> types = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (TAG_ONLY.contains(kind) || kind == Kind.SHARED) {
                continue;
            }
            Class<?> type = kind.single() ? kind.type() : ELEMENTS.get(kind);
            assertWithMessage("an element class of %s, a kind of the table", kind).that(type).isNotNull();
            types.add(type);
        }
        for (ValueType value : ValueType.values()) {
            types.add(value.type());
        }
        for (Class<?> type : types) {
            assertWithMessage("Codecs.of(%s)", type.getName()).that(Codecs.of(type)).isNotNull();
        }
    }
}
