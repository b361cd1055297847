package dev.jmp.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.jmp.processor.model.WireType;
import java.util.Locale;
import javax.lang.model.type.TypeKind;

/** The runtime types generated code calls, and the names of their per-primitive methods. */
final class WireCalls {

    static final ClassName WIRE_OUTPUT = ClassName.get("dev.jmp.internal", "WireOutput");
    static final ClassName WIRE_INPUT = ClassName.get("dev.jmp.internal", "WireInput");
    static final ClassName WIRE_FORMAT_EXCEPTION = ClassName.get("dev.jmp.internal", "WireFormatException");
    static final ClassName TASK_ENTRY = ClassName.get("dev.jmp.internal", "TaskEntry");
    static final ClassName CHUNK_ENTRY = ClassName.get("dev.jmp.internal", "ChunkEntry");
    static final ClassName CHUNK_RUN = ClassName.get("dev.jmp.internal", "ChunkRun");
    static final ClassName ARGUMENT_CHUNK = ClassName.get("dev.jmp.internal.task", "ArgumentChunk");
    static final ClassName TASKS = ClassName.get("dev.jmp.internal.task", "Tasks");
    static final ClassName ENTRY_ARGUMENTS = ClassName.get("dev.jmp.internal", "EntryArguments");
    static final ClassName TASK = ClassName.get("dev.jmp", "Task");
    static final ClassName SHARED_OBJECTS = ClassName.get("dev.jmp.internal", "SharedObjects");
    static final ClassName VALUE_TYPE = ClassName.get("dev.jmp.internal", "ValueType");

    private WireCalls() {}

    /** {@code writeInt} for {@code int}. */
    static String write(TypeKind primitive) {
        return "write" + suffix(primitive);
    }

    /** {@code readInt} for {@code int}. */
    static String read(TypeKind primitive) {
        return "read" + suffix(primitive);
    }

    private static String suffix(TypeKind primitive) {
        String name = primitive.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    /** Whether {@code type} is {@code byte[]}, which has a bulk codec of the same wire format. */
    static boolean isByteArray(WireType type) {
        return type instanceof WireType.ArrayOf a
                && a.component() instanceof WireType.Primitive p
                && p.kind() == TypeKind.BYTE;
    }

    /** The element type of the innermost array: {@code List<String>} for {@code List<String>[][]}. */
    static TypeName innermost(TypeName array) {
        TypeName type = array;
        while (type instanceof ArrayTypeName a) {
            type = a.componentType();
        }
        return type;
    }

    /**
     * Whether reading {@code type} needs an unchecked cast: a generic array cannot be created
     * directly, and a serialized value or a shared object comes back as its raw class.
     */
    static boolean needsUncheckedCast(WireType type) {
        return type.flatten().anyMatch(t ->
                (t instanceof WireType.ArrayOf a && innermost(a.typeName()) instanceof ParameterizedTypeName)
                        || (t instanceof WireType.Serialized s && s.typeName() instanceof ParameterizedTypeName)
                        || (t instanceof WireType.SharedHandle h && h.typeName() instanceof ParameterizedTypeName));
    }
}
