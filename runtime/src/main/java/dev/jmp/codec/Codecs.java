package dev.jmp.codec;

import dev.jmp.internal.ValueType;
import java.io.Serializable;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in codecs, and how a class is mapped to one. {@code Queue.create(Point.class)} and
 * {@code Pipe.create(Point.class)} use {@link #of}:
 *
 * <table>
 *   <caption>The codec of each kind of element type</caption>
 *   <tr><th>element type</th><th>encoding</th></tr>
 *   <tr><td>{@code String}</td><td>UTF-8</td></tr>
 *   <tr><td>{@code Integer}, {@code Long}, {@code Double}, ... (or the primitive class)</td><td>fixed width, big-endian</td></tr>
 *   <tr><td>{@code byte[]}</td><td>the bytes themselves</td></tr>
 *   <tr><td>{@code Instant}, {@code Duration}, {@code LocalDate}, {@code LocalTime},
 *       {@code LocalDateTime}, {@code OffsetDateTime}, {@code ZonedDateTime}, {@code ZoneId}, ...,
 *       {@code BigDecimal}, {@code BigInteger}, {@code UUID}</td><td>their fields (seconds and
 *       nanos, epoch day, unscaled value and scale...), as the one table of everyday types writes
 *       them for tasks and managers too</td></tr>
 *   <tr><td>an enum</td><td>the constant's name</td></tr>
 *   <tr><td>a record whose components are all of the kinds in this table, or {@code List} or
 *       {@code Optional} of them</td><td>each component in order, rebuilt through the canonical constructor</td></tr>
 *   <tr><td>any other {@link Serializable} class</td><td>Java serialization, read back through an
 *       {@link java.io.ObjectInputFilter} admitting that class and JDK value types only</td></tr>
 * </table>
 *
 * <pre>{@code
 * Queue<List<String>> batches = Queue.create(Codecs.listOf(Codecs.of(String.class)));
 * Queue<Order> orders = Queue.create(Codecs.serialized(Order.class, "com.shop.model.*"));
 * }</pre>
 */
public final class Codecs {

    private Codecs() {}

    /**
     * The codec for {@code type}, chosen as the table above says.
     *
     * @throws CodecException when {@code type} is none of those kinds
     */
    public static <E> Codec<E> of(Class<E> type) {
        Objects.requireNonNull(type, "type");
        Codec<E> codec = componentCodec(type);
        if (codec == null && Serializable.class.isAssignableFrom(type) && !type.isInterface()) {
            codec = new SerializationCodec<>(type);
        }
        if (codec == null) {
            throw new CodecException("[jmp.codec.unsupported] " + type.getName() + " has no built-in codec;"
                    + " make it a record of strings, numbers, enums, byte arrays, java.time values, BigDecimal, UUID, make it Serializable,"
                    + " or pass a Codec of your own");
        }
        return codec;
    }

    /**
     * Java serialization of {@code type}, read back through a filter admitting {@code type}, JDK
     * value types and the classes matching {@code allow} ({@code com.example.Money},
     * {@code com.example.model.*}): for object graphs with classes of their own.
     */
    public static <E> Codec<E> serialized(Class<E> type, String... allow) {
        for (String pattern : allow) {
            Objects.requireNonNull(pattern, "allow pattern");
        }
        return new SerializationCodec<>(Objects.requireNonNull(type, "type"), allow);
    }

    /** Lists of elements encoded by {@code elements}; the lists that arrive are unmodifiable. */
    public static <T> Codec<List<T>> listOf(Codec<T> elements) {
        return new ListCodec<>(Objects.requireNonNull(elements, "elements"));
    }

    /** {@code Optional}s of values encoded by {@code values}. */
    public static <T> Codec<Optional<T>> optionalOf(Codec<T> values) {
        return new OptionalCodec<>(Objects.requireNonNull(values, "values"));
    }

    /** A codec for a record component of a generic type ({@code List<LocalDate>}); null if none. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Codec<Object> componentCodec(Type type) {
        if (type instanceof Class<?> c) {
            return (Codec<Object>) componentCodec(c);
        }
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            Codec<Object> element = componentCodec(p.getActualTypeArguments()[0]);
            if (element == null) {
                return null;
            }
            if (p.getRawType() == List.class) {
                return (Codec) new ListCodec<>(element);
            }
            if (p.getRawType() == Optional.class) {
                return (Codec) new OptionalCodec<>(element);
            }
        }
        return null;
    }

    /** A codec for a record component or a top-level type without serialization; null if none. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <E> Codec<E> componentCodec(Class<E> type) {
        ScalarCodec scalar = ScalarCodec.of(type);
        if (scalar != null) {
            return scalar;
        }
        ValueType value = ValueType.of(type);
        if (value != null) {
            return new ValueTypeCodec<>(value);
        }
        if (type.isEnum()) {
            return new EnumCodec(type);
        }
        if (type.isRecord()) {
            return RecordCodec.of(type);
        }
        return null;
    }
}
