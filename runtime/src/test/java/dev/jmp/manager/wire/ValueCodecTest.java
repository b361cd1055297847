package dev.jmp.manager.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.internal.Kind;
import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ValueCodecTest {

    public enum Suit { HEARTS, SPADES { @Override public String toString() { return "spades"; } } }

    public record Card(Suit suit, int rank, List<String> notes) {}

    /** A stand-in for a proxy: crosses as a handle, comes back as the handle it was. */
    private record Marker(ProxyHandle handle) {}

    private static final ValueCodec CODEC = new ValueCodec(new Sharing() {
        @Override
        public ProxyHandle handleOf(Object value) {
            return value instanceof Marker m ? m.handle() : null;
        }

        @Override
        public Object resolve(ProxyHandle handle) {
            return new Marker(handle);
        }
    });

    private static Object roundTrip(Object value) {
        WireOutput out = new WireOutput();
        CODEC.write(out, value);
        WireInput in = new WireInput(out.toByteArray());
        Object back = CODEC.read(in);
        in.expectEnd();
        return back;
    }

    @Test
    void scalarsKeepTheirTypes() {
        for (Object v : Arrays.asList(null, "", "héllo ✓", 1, 1L, 1.5, 1.5f, true, (byte) -1, (short) 300, 'é')) {
            Object back = roundTrip(v);
            assertEquals(v, back);
            assertEquals(v == null ? null : v.getClass(), back == null ? null : back.getClass());
        }
    }

    @Test
    void primitiveArrays() {
        assertArrayEquals(new byte[] {1, -2}, (byte[]) roundTrip(new byte[] {1, -2}));
        assertArrayEquals(new int[] {Integer.MIN_VALUE, 0}, (int[]) roundTrip(new int[] {Integer.MIN_VALUE, 0}));
        assertArrayEquals(new long[] {Long.MAX_VALUE}, (long[]) roundTrip(new long[] {Long.MAX_VALUE}));
        assertArrayEquals(new double[] {Double.NaN, -0.0}, (double[]) roundTrip(new double[] {Double.NaN, -0.0}));
    }

    @Test
    void enumsRecordsAndCollectionsKeepOrderAndNulls() {
        assertEquals(Suit.SPADES, roundTrip(Suit.SPADES));
        Card card = new Card(Suit.HEARTS, 12, Arrays.asList("queen", null));
        assertEquals(card, roundTrip(card));
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("b", List.of(1, 2));
        map.put(null, new LinkedHashSet<>(List.of(Suit.HEARTS)));
        map.put(3L, null);
        Object back = roundTrip(map);
        assertInstanceOf(LinkedHashMap.class, back);
        assertEquals(new ArrayList<>(map.keySet()), new ArrayList<>(((Map<?, ?>) back).keySet()));
        assertEquals(map, back);
        assertInstanceOf(ArrayList.class, ((Map<?, ?>) back).get("b"));
        assertInstanceOf(LinkedHashSet.class, roundTrip(Set.of(1)));
    }

    @Test
    void handlesCrossAsHandles() {
        ProxyHandle handle = new ProxyHandle("unix:/tmp/x.sock", 7, 3, "dict", "abc", "");
        assertEquals(List.of(new Marker(handle)), roundTrip(List.of(new Marker(handle))));
    }

    public record Invoice(long id, BigDecimal amount, LocalDate due) {}

    @Test
    void everydayValueTypesCrossNativelyEvenWhereJavaSerializationIsNotAllowed() {
        assertEquals(new BigDecimal("1.50"), roundTrip(new BigDecimal("1.50")));
        assertEquals(LocalDate.of(2026, 1, 2), roundTrip(LocalDate.of(2026, 1, 2)));
        Map<Object, Object> values = new LinkedHashMap<>();
        values.put(new UUID(1, 2), new Invoice(7, new BigDecimal("12.30"), LocalDate.of(2026, 12, 31)));
        values.put(Instant.ofEpochSecond(5, 6), Optional.of(List.of(Duration.ofMinutes(3), ZoneId.of("Europe/Paris"))));
        values.put("none", Optional.empty());
        assertEquals(values, roundTrip(values));
        WireOutput out = new WireOutput();
        CODEC.write(out, new BigDecimal("1.50"));
        assertEquals(Kind.VALUE.tag(), out.toByteArray()[0], "not Java serialization");
    }

    public record Packet(java.nio.ByteBuffer body, Set<Suit> suits) {}

    @Test
    void buffersCrossAsTheirRemainingBytes() {
        java.nio.ByteBuffer direct = java.nio.ByteBuffer.allocateDirect(4).put(new byte[] {1, 2, 3, 4});
        direct.position(1);
        assertEquals(java.nio.ByteBuffer.wrap(new byte[] {2, 3, 4}), roundTrip(direct));
        assertEquals(1, direct.position(), "the sender's buffer is not consumed");
        Packet packet = new Packet(java.nio.ByteBuffer.wrap(new byte[] {5}), Set.of(Suit.SPADES));
        assertEquals(packet, roundTrip(packet));
    }

    static final class Secret implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aSerializableClassOutsideTheFilterIsRefused() {
        WireFormatException e = assertThrows(WireFormatException.class, () -> roundTrip(new Secret()));
        assertTrue(e.getMessage().startsWith("[jmp.manager.filtered]"), e.getMessage());
        assertTrue(e.getMessage().contains("-Djmp.manager.allow="), e.getMessage());
    }

    @Test
    void aValueThatCannotCrossIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> roundTrip(new Object()));
        assertTrue(e.getMessage().startsWith("[jmp.manager.codec] a java.lang.Object cannot be stored"), e.getMessage());
        List<Object> loop = new ArrayList<>();
        loop.add(loop);
        assertThrows(IllegalArgumentException.class, () -> roundTrip(loop));
    }

    @Test
    void garbageFailsAsAWireFormatProblem() {
        assertThrows(WireFormatException.class, () -> CODEC.read(new WireInput(new byte[] {99})));
        assertThrows(WireFormatException.class, () -> CODEC.read(new WireInput(new byte[] {Kind.LIST.tag(), 0x7f, 0, 0, 0})));
        assertThrows(WireFormatException.class, () -> CODEC.read(new WireInput(new byte[] {Kind.INTS.tag(), 0x7f, 0, 0, 0})));
        WireOutput notARecord = new WireOutput();
        notARecord.writeByte(Kind.RECORD.tag());
        notARecord.writeString("java.lang.Thread");
        notARecord.writeInt(0);
        WireFormatException e = assertThrows(WireFormatException.class,
                () -> CODEC.read(new WireInput(notARecord.toByteArray())));
        assertTrue(e.getMessage().contains("is not a record"), e.getMessage());
    }
}
