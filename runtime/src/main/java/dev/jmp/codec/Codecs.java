package dev.jmp.codec;

import dev.jmp.internal.Kind;
import dev.jmp.value.Plan;
import dev.jmp.value.Plans;
import java.io.Serializable;
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
 *   <tr><td>{@code int[]}, {@code long[]}, {@code double[]}</td><td>length, then each element</td></tr>
 *   <tr><td>{@code Instant}, {@code Duration}, {@code LocalDate}, {@code LocalTime},
 *       {@code LocalDateTime}, {@code OffsetDateTime}, {@code ZonedDateTime}, {@code ZoneId}, ...,
 *       {@code BigDecimal}, {@code BigInteger}, {@code UUID}, {@code ByteBuffer}</td><td>their fields (seconds and
 *       nanos, epoch day, unscaled value and scale...), as the one table of everyday types writes
 *       them for tasks and managers too</td></tr>
 *   <tr><td>an enum</td><td>the constant's name</td></tr>
 *   <tr><td>a record whose components are all of the kinds in this table, or {@code List},
 *       {@code Set}, {@code Map} or {@code Optional} of them</td><td>each component in order, rebuilt through the canonical constructor; collections
 *       arrive unmodifiable, in the order they were written</td></tr>
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

    /** How a handle names the codec {@link #of} chose for a class: the receiver chooses again. */
    static final String OF = "of";
    static final String SERIALIZED = "serialized";
    static final String LIST = "list";
    static final String OPTIONAL = "optional";

    private Codecs() {}

    /**
     * The codec for {@code type}, chosen as the table above says, which is the one table of what
     * crosses a process that tasks and managers follow too ({@code dev.jmp.internal.Kind}).
     *
     * @throws CodecException when {@code type} is none of those kinds
     */
    public static <E> Codec<E> of(Class<E> type) {
        Objects.requireNonNull(type, "type");
        Plan plan = Plans.of(type);
        if (plan == null && Serializable.class.isAssignableFrom(type) && !type.isInterface()) {
            plan = Plans.serialized(type);
        }
        if (plan == null) {
            throw new CodecException("[jmp.codec.unsupported] " + type.getName() + " has no built-in codec;"
                    + " make it a record of strings, numbers, enums, byte arrays, java.time values, BigDecimal, UUID, make it Serializable,"
                    + " or pass a Codec of your own");
        }
        // A primitive is named by its box, which Class.forName can load on the other side.
        Class<?> named = type.isPrimitive() ? Kind.single(type).type() : type;
        return new PlanCodec<>(plan, out -> {
            out.writeString(OF);
            out.writeString(named.getName());
        });
    }

    /**
     * Java serialization of {@code type}, read back through a filter admitting {@code type}, JDK
     * value types and the classes matching {@code allow} ({@code com.example.Money},
     * {@code com.example.model.*}): for object graphs with classes of their own.
     */
    public static <E> Codec<E> serialized(Class<E> type, String... allow) {
        Objects.requireNonNull(type, "type");
        String[] patterns = allow.clone();
        for (String pattern : patterns) {
            Objects.requireNonNull(pattern, "allow pattern");
        }
        return new PlanCodec<>(Plans.serialized(type, patterns), out -> {
            out.writeString(SERIALIZED);
            out.writeString(type.getName());
            out.writeInt(patterns.length);
            for (String pattern : patterns) {
                out.writeString(pattern);
            }
        });
    }

    /** Lists of elements encoded by {@code elements}; the lists that arrive are unmodifiable. */
    public static <T> Codec<List<T>> listOf(Codec<T> elements) {
        Objects.requireNonNull(elements, "elements");
        return new PlanCodec<>(Plans.listOf(Plans.nullable(PlanCodec.planOf(elements))), out -> {
            out.writeString(LIST);
            CodecHandles.write(out, elements);
        });
    }

    /** {@code Optional}s of values encoded by {@code values}. */
    public static <T> Codec<Optional<T>> optionalOf(Codec<T> values) {
        Objects.requireNonNull(values, "values");
        return new PlanCodec<>(Plans.optionalOf(Plans.nullable(PlanCodec.planOf(values))), out -> {
            out.writeString(OPTIONAL);
            CodecHandles.write(out, values);
        });
    }
}
