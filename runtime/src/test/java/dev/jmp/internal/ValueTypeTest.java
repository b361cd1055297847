package dev.jmp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The one table of everyday value types: every type keeps its value, extremes included, and bad bytes are refused. */
class ValueTypeTest {

    private static Object roundTrip(Object value) {
        ValueType type = ValueType.of(value.getClass());
        WireOutput out = new WireOutput();
        type.write(out, value);
        WireInput in = new WireInput(out.toByteArray());
        Object back = type.read(in);
        in.expectEnd();
        return back;
    }

    @Test
    void everyTypeKeepsItsValueAtItsExtremes() {
        ZonedDateTime overlap = ZonedDateTime.of(LocalDateTime.of(2026, 10, 25, 2, 30), ZoneId.of("Europe/Paris"));
        List<Object> values = List.of(Instant.MIN, Instant.MAX, Instant.ofEpochSecond(-1, 1),
                Duration.ofSeconds(Long.MIN_VALUE), Duration.ofNanos(-1), LocalDate.MIN, LocalDate.MAX,
                LocalTime.MAX, LocalDateTime.of(-999_999_999, 1, 1, 0, 0), ZoneOffset.MIN, ZoneId.of("Asia/Kolkata"),
                OffsetDateTime.of(LocalDateTime.MAX, ZoneOffset.MAX), OffsetTime.of(LocalTime.NOON, ZoneOffset.ofHours(-5)),
                overlap.withEarlierOffsetAtOverlap(), overlap.withLaterOffsetAtOverlap(), Period.of(-1, 13, 400),
                Year.of(-5), YearMonth.of(2026, 2), MonthDay.of(2, 29), BigInteger.ZERO,
                BigInteger.ONE.shiftLeft(300).negate(), new BigDecimal("1.10"), new BigDecimal("-1E-400"),
                new UUID(Long.MIN_VALUE, -1), UUID.randomUUID());
        for (Object value : values) {
            assertEquals(value, roundTrip(value), value.getClass().getSimpleName());
        }
        assertEquals(1, ((BigDecimal) roundTrip(new BigDecimal("1.0"))).scale(), "the scale, not only the value");
    }

    @Test
    void zonesAreFoundByTheirPublicType() {
        assertSame(ValueType.ZONE_ID, ValueType.of(ZoneId.of("Europe/Paris").getClass()), "a hidden ZoneRegion");
        assertSame(ValueType.ZONE_OFFSET, ValueType.of(ZoneOffset.UTC.getClass()));
        assertEquals(ZoneOffset.ofHours(2), roundTripAs(ValueType.ZONE_ID, ZoneOffset.ofHours(2)));
        assertNull(ValueType.of(String.class));
        assertSame(ValueType.BIG_DECIMAL, ValueType.named("java.math.BigDecimal"));
    }

    @Test
    void codesAreStableAndDistinct() {
        assertEquals(ValueType.values().length, Arrays.stream(ValueType.values()).mapToInt(ValueType::code).distinct().count());
        assertEquals(1, ValueType.INSTANT.code());
        assertEquals(17, ValueType.UUID_VALUE.code());
        for (ValueType v : ValueType.values()) {
            assertSame(v, ValueType.ofCode(v.code()));
        }
    }

    @Test
    void bytesThatHoldNoSuchValueAreRefusedWithACode() {
        WireOutput out = new WireOutput();
        out.writeLong(Long.MAX_VALUE); // an epoch day no LocalDate has
        WireFormatException e = assertThrows(WireFormatException.class,
                () -> ValueType.LOCAL_DATE.read(new WireInput(out.toByteArray())));
        assertTrue(e.getMessage().startsWith("[jmp.wire.bad-value] the bytes of a LocalDate"), e.getMessage());
        WireOutput empty = new WireOutput();
        empty.writeBytes(new byte[0]);
        assertThrows(WireFormatException.class, () -> ValueType.BIG_INTEGER.read(new WireInput(empty.toByteArray())));
        assertThrows(WireFormatException.class, () -> ValueType.ofCode(99));
    }

    private static Object roundTripAs(ValueType type, Object value) {
        WireOutput out = new WireOutput();
        type.write(out, value);
        return type.read(new WireInput(out.toByteArray()));
    }
}
