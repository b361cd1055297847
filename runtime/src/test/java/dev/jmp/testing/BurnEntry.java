package dev.jmp.testing;

import dev.jmp.internal.ChunkEntry;
import dev.jmp.internal.ChunkRun;
import dev.jmp.internal.TaskEntry;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/** The entry of {@link PoolTasks#burn}: CPU work, the benchmark's {@code burn}. */
public final class BurnEntry implements TaskEntry, ChunkEntry {

    /** Python's {@code burn}: the sum of {@code i * i} for {@code i < n}. */
    public static long burn(long n) {
        long s = 0;
        for (long i = 0; i < n; i++) {
            s += i * i;
        }
        return s;
    }

    @Override
    public byte[] invoke(byte[] arguments) {
        WireInput in = new WireInput(arguments);
        long n = in.readLong();
        in.expectEnd();
        WireOutput out = new WireOutput();
        out.writeLong(burn(n));
        return out.toByteArray();
    }

    @Override
    public void runChunk(ChunkRun run) {
        WireInput in = run.arguments();
        for (int i = 0, n = run.count(); i < n; i++) {
            boolean runs = run.next(i);
            try {
                long x = in.readLong();
                if (runs) {
                    long result = burn(x);
                    WireOutput out = run.result();
                    out.writeLong(result);
                }
                run.done(i);
            } catch (Throwable thrown) {
                run.failed(i, thrown);
            }
        }
    }

    /** Decodes one result where it lies among others, as a generated entry's does. */
    public static Long decodeResult(byte[] result, int offset, int length) {
        WireInput in = new WireInput(result, offset, length);
        long value = in.readLong();
        in.expectEnd();
        return value;
    }

    /** Decodes what {@link #invoke} returned, as a generated entry's {@code decodeResult} does. */
    public static Long decodeResult(byte[] result) {
        WireInput in = new WireInput(result);
        long value = in.readLong();
        in.expectEnd();
        return value;
    }
}
