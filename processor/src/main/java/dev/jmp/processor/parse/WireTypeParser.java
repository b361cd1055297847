package dev.jmp.processor.parse;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.jmp.internal.Kind;
import dev.jmp.internal.ValueType;
import dev.jmp.processor.model.WireType.CollectionOf;
import dev.jmp.processor.model.WireType.Unsupported;
import dev.jmp.processor.model.WireType.Why;
import dev.jmp.processor.model.WireType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Decides, once per declared type, how its values cross a process boundary. This is the only
 * place that looks at {@link TypeMirror}s for codecs; the writers walk the {@link WireType} it
 * returns.
 *
 * <p>What may cross is the runtime's one table ({@code dev.jmp.internal.Kind}), which the codecs
 * of queues and pipes and the values of managers follow too: boxes, {@code String} and the
 * collections are found there by name, the everyday value types in its
 * {@code dev.jmp.internal.ValueType} ({@code java.time}, {@code BigDecimal}, {@code BigInteger},
 * {@code UUID}, {@code ByteBuffer}); {@code KindAgreementTest} fails when this parser and the
 * table disagree. Shapes are tried in order: primitives, boxes, {@code String}, the everyday value
 * types, arrays, {@code List}, {@code Set}, {@code Map},
 * {@code Optional}, shared objects (as handles), enums, records. A type with no shape, under {@code @JavaSerialized}, falls back to Java
 * serialization at the deepest place it can: in {@code List<Money>} only {@code Money} is
 * serialized.
 */
public final class WireTypeParser {

    private static final String SHAREABLE = "dev.jmp.sync.ProcessShareable";
    /** The shared objects that carry elements of their type argument, encoded by the runtime's codecs. */
    private static final java.util.Set<String> ELEMENT_CARRIERS = java.util.Set.of(
            "dev.jmp.queue.Queue", "dev.jmp.queue.JoinableQueue", "dev.jmp.queue.SimpleQueue",
            "dev.jmp.connection.Connection");

    private final Types types;
    private final TypeMirror serializable;
    /** {@code dev.jmp.sync.ProcessShareable}, erased; null when the runtime is not on the class path. */
    private final TypeMirror shareable;
    private final RecordComponents records;

    public WireTypeParser(Elements elements, Types types) {
        this.types = types;
        this.serializable = elements.getTypeElement("java.io.Serializable").asType();
        TypeElement shareableElement = elements.getTypeElement(SHAREABLE);
        this.shareable = shareableElement == null ? null : types.erasure(shareableElement.asType());
        this.records = new RecordComponents(types);
    }

    /** The wire type of a parameter or return type, given its {@code @JavaSerialized}, if any. */
    public WireType parse(TypeMirror type, Optional<SerializationOptIn> optIn) {
        return parse(type, optIn, new ArrayList<>());
    }

    private WireType parse(TypeMirror type, Optional<SerializationOptIn> optIn, List<TypeElement> openRecords) {
        WireType natural = natural(type, optIn, openRecords);
        if (natural.encodable() || optIn.isEmpty() || type.getKind() != TypeKind.DECLARED) {
            return natural;
        }
        WireType serialized = serialized((DeclaredType) type, optIn.get());
        // Keep the more precise complaint: a raw List is better told as raw than as not Serializable.
        boolean noShape = natural instanceof Unsupported u && u.why() == Why.NO_CODEC;
        return serialized.encodable() || noShape ? serialized : natural;
    }

    private WireType natural(TypeMirror type, Optional<SerializationOptIn> optIn, List<TypeElement> openRecords) {
        TypeKind kind = type.getKind();
        if (kind.isPrimitive()) {
            return new WireType.Primitive(kind);
        }
        return switch (kind) {
            case ARRAY -> new WireType.ArrayOf(parse(((ArrayType) type).getComponentType(), optIn, openRecords));
            case DECLARED -> declared((DeclaredType) type, optIn, openRecords);
            case TYPEVAR -> unsupported(type, Why.NO_CODEC, "a type variable, unknown when the task is generated");
            case ERROR -> unsupported(type, Why.UNRESOLVED, "not resolved yet");
            default -> unsupported(type, Why.NO_CODEC, "not a value type");
        };
    }

    private WireType declared(DeclaredType type, Optional<SerializationOptIn> optIn, List<TypeElement> openRecords) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        Kind kind = Kind.named(name);
        if (kind == Kind.STRING) {
            return new WireType.Text();
        }
        if (kind != null && kind.primitive() != null) {
            return new WireType.Boxed(TypeKind.valueOf(kind.primitive().getName().toUpperCase(Locale.ROOT)));
        }
        ValueType everyday = ValueType.named(name);
        if (everyday != null) {
            return new WireType.Everyday(ClassName.get(element), everyday.name());
        }
        Optional<WireType> badArguments = typeArgumentProblem(type, element);
        IntFunction<WireType> argument = i -> parse(type.getTypeArguments().get(i), optIn, openRecords);
        if (kind != null && kind.collection()) {
            return badArguments.orElseGet(() -> switch (kind) {
                case LIST -> new CollectionOf(CollectionOf.LIST, argument.apply(0));
                case SET -> new CollectionOf(CollectionOf.SET, argument.apply(0));
                case MAP -> new WireType.MapOf(argument.apply(0), argument.apply(1));
                default -> new WireType.OptionalOf(argument.apply(0));
            });
        }
        if (shareable != null && types.isAssignable(types.erasure(type), shareable)) {
            if (!Visibility.visible(element)) {
                return unsupported(type, Why.NOT_PUBLIC, "a shared object that generated code cannot see");
            }
            return elementProblem(type, openRecords)
                    .orElseGet(() -> new WireType.SharedHandle(TypeName.get(type), ClassName.get(element)));
        }
        if (element.getKind() == ElementKind.ENUM) {
            return Visibility.visible(element)
                    ? new WireType.EnumValue(ClassName.get(element))
                    : unsupported(type, Why.NOT_PUBLIC, "an enum that generated code cannot see");
        }
        if (element.getKind() == ElementKind.RECORD) {
            if (!Visibility.visible(element)) {
                return unsupported(type, Why.NOT_PUBLIC, "a record that generated code cannot see");
            }
            if (badArguments.isPresent()) {
                return badArguments.get();
            }
            if (openRecords.contains(element)) {
                return unsupported(type, Why.RECURSIVE, RecordComponents.cycle(openRecords, element));
            }
            openRecords.add(element);
            try {
                return records.parse(type, component -> parse(component, optIn, openRecords));
            } finally {
                openRecords.remove(openRecords.size() - 1);
            }
        }
        return unsupported(type, Why.NO_CODEC, "");
    }

    /**
     * The problem of a queue or connection whose element type has no codec at all: neither in
     * the table the runtime's {@code Codecs.of} reads nor {@code Serializable}, so creating it
     * with the element class fails at run time. A wildcard is left alone: such a queue may carry
     * a {@code Codec} of the user's own.
     */
    private Optional<WireType> elementProblem(DeclaredType type, List<TypeElement> openRecords) {
        String carrier = ((TypeElement) types.asElement(types.erasure(type))).getQualifiedName().toString();
        if (!ELEMENT_CARRIERS.contains(carrier) || type.getTypeArguments().size() != 1) {
            return Optional.empty();
        }
        TypeMirror argument = type.getTypeArguments().get(0);
        if (argument.getKind() != TypeKind.DECLARED && argument.getKind() != TypeKind.ARRAY) {
            return Optional.empty();
        }
        WireType element = parse(argument, Optional.empty(), openRecords);
        boolean unresolved = element.flatten().anyMatch(t -> t instanceof Unsupported u && u.why() == Why.UNRESOLVED);
        if (element.encodable() || unresolved || types.isAssignable(argument, serializable)) {
            return Optional.empty();
        }
        return Optional.of(unsupported(type, Why.ELEMENT_TYPE, argument.toString()));
    }

    private Optional<WireType> typeArgumentProblem(DeclaredType type, TypeElement element) {
        if (!element.getTypeParameters().isEmpty() && type.getTypeArguments().isEmpty()) {
            return Optional.of(unsupported(type, Why.TYPE_ARGUMENT, "a raw type"));
        }
        for (TypeMirror argument : type.getTypeArguments()) {
            if (argument.getKind() == TypeKind.WILDCARD) {
                return Optional.of(unsupported(type, Why.TYPE_ARGUMENT, "a wildcard argument " + argument));
            }
        }
        return Optional.empty();
    }

    private WireType serialized(DeclaredType type, SerializationOptIn optIn) {
        if (!types.isAssignable(type, serializable)) {
            return unsupported(type, Why.NOT_SERIALIZABLE, "not java.io.Serializable");
        }
        TypeElement hidden = Visibility.firstHidden(type);
        if (hidden != null) {
            return unsupported(type, Why.NOT_PUBLIC, hidden.getQualifiedName() + " cannot be seen by generated code");
        }
        return new WireType.Serialized(
                TypeName.get(type), ClassName.get((TypeElement) type.asElement()), optIn.allow());
    }

    private static Unsupported unsupported(TypeMirror type, Why why, String detail) {
        return new Unsupported(type.toString(), why, detail);
    }
}
