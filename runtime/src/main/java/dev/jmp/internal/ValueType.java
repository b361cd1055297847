package dev.jmp.internal;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
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
import java.util.UUID;

/**
 * The everyday JDK value types that cross a process natively, without Java serialization: the
 * {@link Kind#VALUE} entries of the one table of what crosses ({@link Kind}), read by the
 * processor (which parameters, results and queue elements compile), the codecs of queues, pipes
 * and connections, and the values of managers. Each is written as its
 * fields (seconds and nanos, epoch day, unscaled bytes and scale...), never as text to parse,
 * and read back through the type's own factory, so a value out of range is refused there.
 *
 * <p>{@link #code()} is the value's number on the wire: stable, never an ordinal. Adding a type
 * here raises {@code dev.jmp.wire.WireProtocol#VERSION}.
 */
public enum ValueType {

    INSTANT(1, Instant.class) {
        void put(WireOutput out, Object v) { Instant i = (Instant) v; out.writeLong(i.getEpochSecond()); out.writeInt(i.getNano()); }
        Object get(WireInput in) { return Instant.ofEpochSecond(in.readLong(), in.readInt()); }
    },
    DURATION(2, Duration.class) {
        void put(WireOutput out, Object v) { Duration d = (Duration) v; out.writeLong(d.getSeconds()); out.writeInt(d.getNano()); }
        Object get(WireInput in) { return Duration.ofSeconds(in.readLong(), in.readInt()); }
    },
    LOCAL_DATE(3, LocalDate.class) {
        void put(WireOutput out, Object v) { out.writeLong(((LocalDate) v).toEpochDay()); }
        Object get(WireInput in) { return LocalDate.ofEpochDay(in.readLong()); }
    },
    LOCAL_TIME(4, LocalTime.class) {
        void put(WireOutput out, Object v) { out.writeLong(((LocalTime) v).toNanoOfDay()); }
        Object get(WireInput in) { return LocalTime.ofNanoOfDay(in.readLong()); }
    },
    LOCAL_DATE_TIME(5, LocalDateTime.class) {
        void put(WireOutput out, Object v) { LocalDateTime t = (LocalDateTime) v; LOCAL_DATE.put(out, t.toLocalDate()); LOCAL_TIME.put(out, t.toLocalTime()); }
        Object get(WireInput in) { return LocalDateTime.of((LocalDate) LOCAL_DATE.get(in), (LocalTime) LOCAL_TIME.get(in)); }
    },
    ZONE_OFFSET(6, ZoneOffset.class) {
        void put(WireOutput out, Object v) { out.writeInt(((ZoneOffset) v).getTotalSeconds()); }
        Object get(WireInput in) { return ZoneOffset.ofTotalSeconds(in.readInt()); }
    },
    ZONE_ID(7, ZoneId.class) {
        void put(WireOutput out, Object v) { out.writeString(((ZoneId) v).getId()); }
        Object get(WireInput in) { return ZoneId.of(in.readString()); }
    },
    OFFSET_DATE_TIME(8, OffsetDateTime.class) {
        void put(WireOutput out, Object v) { OffsetDateTime t = (OffsetDateTime) v; LOCAL_DATE_TIME.put(out, t.toLocalDateTime()); ZONE_OFFSET.put(out, t.getOffset()); }
        Object get(WireInput in) { return OffsetDateTime.of((LocalDateTime) LOCAL_DATE_TIME.get(in), (ZoneOffset) ZONE_OFFSET.get(in)); }
    },
    OFFSET_TIME(9, OffsetTime.class) {
        void put(WireOutput out, Object v) { OffsetTime t = (OffsetTime) v; LOCAL_TIME.put(out, t.toLocalTime()); ZONE_OFFSET.put(out, t.getOffset()); }
        Object get(WireInput in) { return OffsetTime.of((LocalTime) LOCAL_TIME.get(in), (ZoneOffset) ZONE_OFFSET.get(in)); }
    },
    ZONED_DATE_TIME(10, ZonedDateTime.class) {
        // The offset too: it tells the two instants of an overlap (a clock set back) apart.
        void put(WireOutput out, Object v) { ZonedDateTime t = (ZonedDateTime) v; OFFSET_DATE_TIME.put(out, t.toOffsetDateTime()); ZONE_ID.put(out, t.getZone()); }
        Object get(WireInput in) {
            OffsetDateTime t = (OffsetDateTime) OFFSET_DATE_TIME.get(in);
            return ZonedDateTime.ofLocal(t.toLocalDateTime(), (ZoneId) ZONE_ID.get(in), t.getOffset());
        }
    },
    PERIOD(11, Period.class) {
        void put(WireOutput out, Object v) { Period p = (Period) v; out.writeInt(p.getYears()); out.writeInt(p.getMonths()); out.writeInt(p.getDays()); }
        Object get(WireInput in) { return Period.of(in.readInt(), in.readInt(), in.readInt()); }
    },
    YEAR(12, Year.class) {
        void put(WireOutput out, Object v) { out.writeInt(((Year) v).getValue()); }
        Object get(WireInput in) { return Year.of(in.readInt()); }
    },
    YEAR_MONTH(13, YearMonth.class) {
        void put(WireOutput out, Object v) { YearMonth y = (YearMonth) v; out.writeInt(y.getYear()); out.writeByte(y.getMonthValue()); }
        Object get(WireInput in) { return YearMonth.of(in.readInt(), in.readByte()); }
    },
    MONTH_DAY(14, MonthDay.class) {
        void put(WireOutput out, Object v) { MonthDay m = (MonthDay) v; out.writeByte(m.getMonthValue()); out.writeByte(m.getDayOfMonth()); }
        Object get(WireInput in) { return MonthDay.of(in.readByte(), in.readByte()); }
    },
    BIG_INTEGER(15, BigInteger.class) {
        void put(WireOutput out, Object v) { out.writeBytes(((BigInteger) v).toByteArray()); }
        Object get(WireInput in) { return new BigInteger(nonEmpty(in.readBytes())); }
    },
    BIG_DECIMAL(16, BigDecimal.class) {
        // Unscaled value and scale: 1.10 stays 1.10, as equals() and the user's rounding expect.
        void put(WireOutput out, Object v) { BigDecimal d = (BigDecimal) v; BIG_INTEGER.put(out, d.unscaledValue()); out.writeInt(d.scale()); }
        Object get(WireInput in) { return new BigDecimal((BigInteger) BIG_INTEGER.get(in), in.readInt()); }
    },
    UUID_VALUE(17, UUID.class) {
        void put(WireOutput out, Object v) { UUID u = (UUID) v; out.writeLong(u.getMostSignificantBits()); out.writeLong(u.getLeastSignificantBits()); }
        Object get(WireInput in) { return new UUID(in.readLong(), in.readLong()); }
    },
    BYTE_BUFFER(18, ByteBuffer.class) {
        // The bytes between position and limit, leaving the buffer as it was; read back as a heap buffer.
        void put(WireOutput out, Object v) { ByteBuffer b = (ByteBuffer) v; out.writeInt(b.remaining()); out.writeRaw(b.duplicate()); }
        Object get(WireInput in) { return ByteBuffer.wrap(in.readBytes()); }
    };

    private final int code;
    private final Class<?> type;

    ValueType(int code, Class<?> type) {
        this.code = code;
        this.type = type;
    }

    abstract void put(WireOutput out, Object value);

    abstract Object get(WireInput in);

    /** The value's number on the wire. */
    public int code() {
        return code;
    }

    /** The class of the values; for {@link #ZONE_ID} and {@link #BYTE_BUFFER}, the abstract class of hidden subclasses. */
    public Class<?> type() {
        return type;
    }

    /** Writes {@code value}, not null, of this type. */
    public void write(WireOutput out, Object value) {
        put(out, value);
    }

    /**
     * Reads a value written by {@link #write}.
     *
     * @throws WireFormatException when the bytes are no value of this type
     */
    public Object read(WireInput in) {
        try {
            return get(in);
        } catch (java.time.DateTimeException | ArithmeticException | NumberFormatException e) {
            throw new WireFormatException("[jmp.wire.bad-value] the bytes of a " + type.getSimpleName()
                    + " hold no such value (" + e.getMessage() + "); both sides must run the same jmp release", e);
        }
    }

    /**
     * The entry of values declared as {@code type}, or null; a hidden {@code ZoneId} class counts
     * as {@code ZoneId}, a heap or direct buffer as {@code ByteBuffer}.
     */
    public static ValueType of(Class<?> type) {
        for (ValueType v : values()) {
            if (v.type == type) {
                return v;
            }
        }
        if (ZoneId.class.isAssignableFrom(type)) {
            return ZONE_ID;
        }
        return ByteBuffer.class.isAssignableFrom(type) ? BYTE_BUFFER : null;
    }

    /** The entry of the type of this binary or canonical name, for the processor; or null. */
    public static ValueType named(String className) {
        for (ValueType v : values()) {
            if (v.type.getName().equals(className)) {
                return v;
            }
        }
        return null;
    }

    /** The entry of the {@link #code()} read from the wire. */
    public static ValueType ofCode(int code) {
        for (ValueType v : values()) {
            if (v.code == code) {
                return v;
            }
        }
        throw new WireFormatException("[jmp.wire.bad-value] no value type has the code " + code
                + "; both sides must run the same jmp release");
    }

    private static byte[] nonEmpty(byte[] magnitude) {
        if (magnitude.length == 0) {
            throw new NumberFormatException("no digits");
        }
        return magnitude;
    }
}
