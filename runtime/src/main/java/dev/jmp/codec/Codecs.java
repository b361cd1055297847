package dev.jmp.codec;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

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
 *   <tr><td>an enum</td><td>the constant's name</td></tr>
 *   <tr><td>a record whose components are all of the kinds in this table</td><td>each component in order, rebuilt through the canonical constructor</td></tr>
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
                    + " make it a record of strings, numbers, enums and byte arrays, make it Serializable,"
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

    /** A codec for a record component or a top-level type without serialization; null if none. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <E> Codec<E> componentCodec(Class<E> type) {
        ScalarCodec scalar = ScalarCodec.of(type);
        if (scalar != null) {
            return scalar;
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
