package dev.jmp.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodecTest {

    enum Colour { RED, GREEN }

    record Point(int x, long y, String label, Colour colour, byte[] raw, Integer maybe) {}

    record Nested(Point point, double weight) {}

    record Holder(ArrayList<String> names) implements Serializable {}

    static final class Opaque {}

    static final class Money implements Serializable {
        private static final long serialVersionUID = 1L;
        final BigDecimal amount;

        Money(BigDecimal amount) {
            this.amount = amount;
        }
    }

    /** A codec of the user's own, recreated by name on the other side. */
    public static final class UpperCase implements Codec<String> {
        @Override
        public byte[] encode(String value) {
            return value.toUpperCase().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public String decode(byte[] bytes, int offset, int length) {
            return new String(bytes, offset, length, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyBuiltInKindSurvivesTheTripThroughAHandle() {
        assertEquals("héllo", trip(Codecs.of(String.class), "héllo"));
        assertEquals(42, trip(Codecs.of(int.class), 42));
        assertEquals(Integer.MIN_VALUE, trip(Codecs.of(Integer.class), Integer.MIN_VALUE));
        assertEquals(Long.MIN_VALUE + 5, trip(Codecs.of(long.class), Long.MIN_VALUE + 5));
        assertEquals((short) -300, trip(Codecs.of(Short.class), (short) -300));
        assertEquals('\uffff', trip(Codecs.of(Character.class), '\uffff'));
        assertEquals(-0.0, trip(Codecs.of(Double.class), -0.0));
        assertEquals(-7L, trip(Codecs.of(Long.class), -7L));
        assertEquals(2.5, trip(Codecs.of(double.class), 2.5));
        assertEquals(1.25f, trip(Codecs.of(Float.class), 1.25f));
        assertEquals((short) 3, trip(Codecs.of(short.class), (short) 3));
        assertEquals((byte) -1, trip(Codecs.of(Byte.class), (byte) -1));
        assertEquals('x', trip(Codecs.of(char.class), 'x'));
        assertEquals(true, trip(Codecs.of(Boolean.class), true));
        assertArrayEquals(new byte[] {1, 2}, trip(Codecs.of(byte[].class), new byte[] {1, 2}));
        assertEquals(Colour.GREEN, trip(Codecs.of(Colour.class), Colour.GREEN));
        Point point = new Point(1, 2, "p", Colour.RED, new byte[] {9}, null);
        Point back = trip(Codecs.of(Point.class), point);
        assertEquals(point.label(), back.label());
        assertArrayEquals(point.raw(), back.raw());
        assertEquals(point.maybe(), back.maybe());
        assertEquals(0.5, trip(Codecs.of(Nested.class), new Nested(point, 0.5)).weight());
        assertEquals(LocalDate.of(2026, 11, 24), trip(Codecs.of(LocalDate.class), LocalDate.of(2026, 11, 24)));
        assertEquals(List.of("a", "b"), trip(Codecs.of(Holder.class), new Holder(new ArrayList<>(List.of("a", "b")))).names());
        assertEquals(Arrays.asList("a", null, "c"), trip(Codecs.listOf(Codecs.of(String.class)), Arrays.asList("a", null, "c")));
        assertEquals("SHOUT", trip(new UpperCase(), "shout"));
    }

    /** Not Serializable: only the table of everyday types lets it cross. */
    public record Invoice(long id, java.math.BigDecimal amount, LocalDate due) {}

    public record Schedule(List<java.util.Optional<java.time.Instant>> runs, java.util.Optional<java.util.UUID> owner) {}

    @Test
    void everydayValueTypesAndRecordsOfThemCrossWithoutSerialization() {
        Invoice invoice = new Invoice(7, new java.math.BigDecimal("1234.50"), LocalDate.of(2026, 12, 31));
        assertEquals(invoice, trip(Codecs.of(Invoice.class), invoice));
        assertEquals(new java.math.BigDecimal("0.10"), trip(Codecs.of(java.math.BigDecimal.class), new java.math.BigDecimal("0.10")));
        java.time.ZonedDateTime now = java.time.ZonedDateTime.of(2026, 3, 29, 1, 59, 0, 1, java.time.ZoneId.of("Europe/London"));
        assertEquals(now, trip(Codecs.of(java.time.ZonedDateTime.class), now));
        Schedule schedule = new Schedule(Arrays.asList(java.util.Optional.of(java.time.Instant.EPOCH), java.util.Optional.empty(), null),
                java.util.Optional.of(new java.util.UUID(3, 4)));
        assertEquals(schedule, trip(Codecs.of(Schedule.class), schedule));
        assertEquals(java.util.Optional.of(java.time.Duration.ofDays(-1)),
                trip(Codecs.optionalOf(Codecs.of(java.time.Duration.class)), java.util.Optional.of(java.time.Duration.ofDays(-1))));
    }

    @Test
    void serializationAdmitsOnlyTheDeclaredClassJdkValuesAndAllowedPatterns() {
        Codec<Object> lenient = Codecs.serialized(Object.class);
        byte[] money = Codecs.serialized(Money.class).encode(new Money(BigDecimal.TEN));
        CodecException refused = assertThrows(CodecException.class, () -> lenient.decode(money, 0, money.length));
        assertTrue(refused.getMessage().startsWith("[jmp.codec.filtered]"), refused.getMessage());
        Codec<Object> allowing = Codecs.serialized(Object.class, Money.class.getName());
        assertEquals(BigDecimal.TEN, ((Money) allowing.decode(money, 0, money.length)).amount);
    }

    @Test
    void aTypeWithoutACodecIsRefusedWithAFix() {
        CodecException e = assertThrows(CodecException.class, () -> Codecs.of(Opaque.class));
        assertTrue(e.getMessage().startsWith("[jmp.codec.unsupported] " + Opaque.class.getName()), e.getMessage());
    }

    @Test
    void aCodecThatCannotBeRecreatedElsewhereIsRefusedAtOnce() {
        Codec<String> anonymous = new Codec<>() {
            @Override
            public byte[] encode(String value) {
                return new byte[0];
            }

            @Override
            public String decode(byte[] bytes, int offset, int length) {
                return "";
            }
        };
        CodecException e = assertThrows(CodecException.class, () -> CodecHandles.checkRecreatable(anonymous));
        assertTrue(e.getMessage().startsWith("[jmp.codec.not-recreatable]"), e.getMessage());
    }

    @Test
    void aHandleNamingSomethingElseThanACodecIsRefusedBeforeLoadingIt() {
        WireOutput out = new WireOutput();
        out.writeString("custom");
        out.writeString(String.class.getName());
        assertThrows(WireFormatException.class, () -> CodecHandles.read(new WireInput(out.toByteArray())));
    }

    @Test
    void wrongWidthsAreReportedAsCorruption() {
        CodecException e = assertThrows(CodecException.class, () -> Codecs.of(Integer.class).decode(new byte[3], 0, 3));
        assertTrue(e.getMessage().startsWith("[jmp.codec.corrupt]"), e.getMessage());
        for (Class<?> type : List.of(Boolean.class, Byte.class, Short.class, Character.class, Long.class, Float.class,
                Double.class)) {
            Codec<?> codec = Codecs.of(type);
            byte[] one = new byte[9];
            CodecException wrong = assertThrows(CodecException.class, () -> codec.decode(one, 0, 9), type.getName());
            assertTrue(wrong.getMessage().startsWith("[jmp.codec.corrupt]"), wrong.getMessage());
        }
    }

    @Test
    void primitiveArraysAloneSurviveTheTripAndAFixedWidthIsReadFromItsOffset() {
        assertArrayEquals(new int[] {-1, 0, Integer.MAX_VALUE}, trip(Codecs.of(int[].class), new int[] {-1, 0, Integer.MAX_VALUE}));
        assertArrayEquals(new long[] {Long.MIN_VALUE, 7}, trip(Codecs.of(long[].class), new long[] {Long.MIN_VALUE, 7}));
        assertArrayEquals(new double[] {-0.0, 1.5}, trip(Codecs.of(double[].class), new double[] {-0.0, 1.5}));
        assertArrayEquals(new int[0], trip(Codecs.of(int[].class), new int[0]));
        byte[] framed = new byte[12];
        byte[] value = Codecs.of(Long.class).encode(-2L);
        System.arraycopy(value, 0, framed, 3, value.length);
        assertEquals(-2L, Codecs.of(Long.class).decode(framed, 3, 8));
    }

    private static <E> E trip(Codec<E> codec, E value) {
        WireOutput handle = new WireOutput();
        CodecHandles.write(handle, CodecHandles.checkRecreatable(codec));
        WireInput in = new WireInput(handle.toByteArray());
        Codec<E> recreated = CodecHandles.read(in);
        in.expectEnd();
        byte[] bytes = codec.encode(value);
        byte[] framed = new byte[bytes.length + 6];
        System.arraycopy(bytes, 0, framed, 3, bytes.length);
        return recreated.decode(framed, 3, bytes.length);
    }
}
