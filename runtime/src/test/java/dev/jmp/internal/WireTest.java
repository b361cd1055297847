package dev.jmp.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireTest {

    @Test
    void everyPrimitiveAndStringRoundTrips() {
        WireOutput out = new WireOutput(1);
        out.writeBoolean(true);
        out.writeByte(-7);
        out.writeShort((short) -300);
        out.writeChar('é');
        out.writeInt(Integer.MIN_VALUE);
        out.writeLong(Long.MAX_VALUE);
        out.writeFloat(1.5f);
        out.writeDouble(Double.NaN);
        out.writeString("héllo, wörld");
        out.writeBytes(new byte[] {9, 8});
        assertFalse(out.writePresence(null));
        WireInput in = new WireInput(out.toByteArray());
        assertTrue(in.readBoolean());
        assertEquals(-7, in.readByte());
        assertEquals(-300, in.readShort());
        assertEquals('é', in.readChar());
        assertEquals(Integer.MIN_VALUE, in.readInt());
        assertEquals(Long.MAX_VALUE, in.readLong());
        assertEquals(1.5f, in.readFloat());
        assertTrue(Double.isNaN(in.readDouble()));
        assertEquals("héllo, wörld", in.readString());
        assertArrayEquals(new byte[] {9, 8}, in.readBytes());
        assertFalse(in.readPresence());
        in.expectEnd();
    }

    @Test
    void numbersAreBigEndianAndKeepEveryBit() {
        WireOutput out = new WireOutput(1);
        out.writeShort((short) 0x8081);
        out.writeInt(0x80FF_7F01);
        out.writeLong(0x8000_0001_FFFF_FF80L);
        out.writeInt(0);
        out.putInt(14, -2);
        assertArrayEquals(new byte[] {(byte) 0x80, (byte) 0x81, (byte) 0x80, (byte) 0xFF, 0x7F, 0x01,
                (byte) 0x80, 0, 0, 1, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0x80,
                (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFE}, out.toByteArray());
        WireInput in = new WireInput(out.toByteArray());
        assertEquals((short) 0x8081, in.readShort());
        assertEquals(0x80FF_7F01, in.readInt());
        assertEquals(0x8000_0001_FFFF_FF80L, in.readLong());
        assertEquals(-2, in.readInt());
        in.expectEnd();
    }

    @Test
    void truncatedNegativeAndTrailingInputFailClearly() {
        WireOutput out = new WireOutput();
        out.writeInt(1000);
        assertThrows(WireFormatException.class, () -> new WireInput(out.toByteArray()).readString());
        WireOutput negative = new WireOutput();
        negative.writeInt(-1);
        assertThrows(WireFormatException.class, () -> new WireInput(negative.toByteArray()).readLength());
        assertThrows(WireFormatException.class, () -> new WireInput(new byte[] {1}).expectEnd());
    }

    @Test
    void serializedFallbackAdmitsTheDeclaredTypeAndJdkValuesOnly() {
        WireOutput out = new WireOutput();
        out.writeSerialized(List.of(LocalDate.of(2026, 11, 24)));
        assertEquals(List.of(LocalDate.of(2026, 11, 24)), new WireInput(out.toByteArray()).readSerialized(List.class));

        WireOutput evil = new WireOutput();
        evil.writeSerialized(new Gadget());
        WireFormatException refused = assertThrows(WireFormatException.class,
                () -> new WireInput(evil.toByteArray()).readSerialized(Object.class));
        assertTrue(refused.getMessage().contains("[jmp.codec.filtered]"), refused.getMessage());
        assertEquals(Gadget.class, new WireInput(evil.toByteArray()).readSerialized(Object.class, Gadget.class.getName()).getClass());
    }

    @Test
    void notSerializableIsNamed() {
        WireFormatException e = assertThrows(WireFormatException.class, () -> new WireOutput().writeSerialized(new Object()));
        assertTrue(e.getMessage().contains("java.lang.Object does not implement java.io.Serializable"), e.getMessage());
    }

    @Test
    void enumsTravelByOrdinalAndAnOrdinalTheTypeLacksIsNamed() {
        WireOutput out = new WireOutput();
        out.writeInt(Thread.State.BLOCKED.ordinal());
        out.writeInt(Thread.State.values().length);
        out.writeInt(-1);
        WireInput in = new WireInput(out.toByteArray());
        assertEquals(Thread.State.BLOCKED, in.readEnum(Thread.State.values()));
        WireFormatException tooBig = assertThrows(WireFormatException.class, () -> in.readEnum(Thread.State.values()));
        assertTrue(tooBig.getMessage().contains("ordinal 6 at offset 4 is not a constant of java.lang.Thread$State"),
                tooBig.getMessage());
        assertThrows(WireFormatException.class, () -> in.readEnum(Thread.State.values()));
    }

    static final class Gadget implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }
}
