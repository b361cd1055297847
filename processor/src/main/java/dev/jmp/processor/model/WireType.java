package dev.jmp.processor.model;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.type.TypeKind;

/**
 * How a value of one declared type crosses a process boundary: the codec plan the writers walk.
 * Every reference type is nullable on the wire (a presence flag precedes it).
 *
 * <p>Shared objects ({@code IntValue}, {@code Lock}, {@code Queue}, ...: every
 * {@code dev.jmp.sync.ProcessShareable}) cross as {@link SharedHandle}s: where the object lives,
 * never its contents, so both processes see the same object.
 */
public sealed interface WireType {

    /** The type as generated code declares it. */
    TypeName typeName();

    /** The wire types this one is made of, in wire order. */
    default List<WireType> children() {
        return List.of();
    }

    /** Whether every part of this type has a codec. */
    default boolean encodable() {
        return children().stream().allMatch(WireType::encodable);
    }

    /** This type and every type it is made of, depth first. */
    default Stream<WireType> flatten() {
        return Stream.concat(Stream.of(this), children().stream().flatMap(WireType::flatten));
    }

    /** A primitive: written as is, never null. */
    record Primitive(TypeKind kind) implements WireType {
        @Override
        public TypeName typeName() {
            return switch (kind) {
                case BOOLEAN -> TypeName.BOOLEAN;
                case BYTE -> TypeName.BYTE;
                case SHORT -> TypeName.SHORT;
                case CHAR -> TypeName.CHAR;
                case INT -> TypeName.INT;
                case LONG -> TypeName.LONG;
                case FLOAT -> TypeName.FLOAT;
                case DOUBLE -> TypeName.DOUBLE;
                default -> throw new IllegalArgumentException("not a primitive: " + kind);
            };
        }
    }

    /** A primitive's box: a presence flag, then the primitive. */
    record Boxed(TypeKind kind) implements WireType {
        @Override
        public TypeName typeName() {
            return new Primitive(kind).typeName().box();
        }
    }

    /** {@code java.lang.String}: a presence flag, then length-prefixed UTF-8. */
    record Text() implements WireType {
        @Override
        public TypeName typeName() {
            return ClassName.get(String.class);
        }
    }

    /**
     * One of the everyday value types of the runtime's one table ({@code dev.jmp.internal.ValueType}):
     * a presence flag, then the value as that table writes it.
     *
     * @param constant the table's constant, {@code LOCAL_DATE}
     */
    record Everyday(ClassName typeName, String constant) implements WireType {}

    /** An {@code Optional}: a presence flag, then its value as a value of that type (itself nullable). */
    record OptionalOf(WireType value) implements WireType {
        public static final ClassName OPTIONAL = ClassName.get(java.util.Optional.class);

        @Override
        public TypeName typeName() {
            return ParameterizedTypeName.get(OPTIONAL, value.typeName());
        }

        @Override
        public List<WireType> children() {
            return List.of(value);
        }
    }

    /** An enum: a presence flag, then the constant's ordinal. */
    record EnumValue(ClassName typeName) implements WireType {}

    /** A record: a presence flag, then each component in declaration order. */
    record RecordValue(TypeName typeName, List<Component> components) implements WireType {
        public RecordValue {
            components = List.copyOf(components);
        }

        @Override
        public List<WireType> children() {
            return components.stream().map(Component::type).toList();
        }
    }

    /** One record component: its accessor's name and its type as a member of the record type. */
    record Component(String name, WireType type) {}

    /** An array: a presence flag, the length, then each element. */
    record ArrayOf(WireType component) implements WireType {
        @Override
        public TypeName typeName() {
            return ArrayTypeName.of(component.typeName());
        }

        @Override
        public List<WireType> children() {
            return List.of(component);
        }
    }

    /**
     * A {@code List} or {@code Set}: a presence flag, the size, then each element; read as an
     * {@code ArrayList} or a {@code LinkedHashSet}, so that order survives.
     *
     * @param collection {@code java.util.List} or {@code java.util.Set}
     */
    record CollectionOf(ClassName collection, WireType element) implements WireType {
        public static final ClassName LIST = ClassName.get(List.class);
        public static final ClassName SET = ClassName.get(Set.class);

        @Override
        public TypeName typeName() {
            return ParameterizedTypeName.get(collection, element.typeName());
        }

        @Override
        public List<WireType> children() {
            return List.of(element);
        }
    }

    /** A {@code Map}: a presence flag, the size, then key and value of each entry; a {@code LinkedHashMap}. */
    record MapOf(WireType key, WireType value) implements WireType {
        @Override
        public TypeName typeName() {
            return ParameterizedTypeName.get(ClassName.get(Map.class), key.typeName(), value.typeName());
        }

        @Override
        public List<WireType> children() {
            return List.of(key, value);
        }
    }

    /**
     * A {@code ProcessShareable} object: a presence flag, then its handle, written and read by
     * {@code dev.jmp.internal.SharedObjects}; the receiver attaches to the same object.
     *
     * @param rawType the class the handle is checked against when read
     */
    record SharedHandle(TypeName typeName, ClassName rawType) implements WireType {}

    /**
     * The declared fallback: Java serialization, read through a filter that admits
     * {@code rawType}, the {@code allow} patterns and JDK value types.
     */
    record Serialized(TypeName typeName, ClassName rawType, List<String> allow) implements WireType {
        public Serialized {
            allow = List.copyOf(allow);
        }
    }

    /** A type that cannot cross, and why; validation reports it and nothing is generated. */
    record Unsupported(String display, Why why, String detail) implements WireType {
        @Override
        public TypeName typeName() {
            throw new IllegalStateException(display + " has no codec: " + detail);
        }

        @Override
        public boolean encodable() {
            return false;
        }
    }

    /** Why a type cannot cross. */
    enum Why {
        /** No codec for this shape of type, and no {@code @JavaSerialized}. */
        NO_CODEC,
        /** A raw {@code List}/{@code Set}/{@code Map}/record, or one with a wildcard argument. */
        TYPE_ARGUMENT,
        /** Not visible from the generated sub-package. */
        NOT_PUBLIC,
        /** A record that contains itself. */
        RECURSIVE,
        /** A queue or connection whose elements have no codec and are not {@code Serializable}. */
        ELEMENT_TYPE,
        /** Marked {@code @JavaSerialized} but not {@code java.io.Serializable}. */
        NOT_SERIALIZABLE,
        /**
         * Not resolved yet: another processor may generate it in a later round. javac reports
         * it if it never appears, so jmp waits and says nothing.
         */
        UNRESOLVED
    }
}
