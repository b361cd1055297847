package dev.jmp.testing;

import dev.jmp.internal.TaskEntry;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/** The entry of {@link PoolTasks#len}: the length of a string, Python's {@code len}. */
public final class LenEntry implements TaskEntry {

    @Override
    public byte[] invoke(byte[] arguments) {
        WireInput in = new WireInput(arguments);
        String s = in.readString();
        in.expectEnd();
        WireOutput out = new WireOutput();
        out.writeInt(s.length());
        return out.toByteArray();
    }

    /** Decodes what {@link #invoke} returned, as a generated entry's {@code decodeResult} does. */
    public static Integer decodeResult(byte[] result) {
        WireInput in = new WireInput(result);
        int value = in.readInt();
        in.expectEnd();
        return value;
    }
}
