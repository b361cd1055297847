package dev.jmp.testing;

import dev.jmp.internal.ChunkEntry;
import dev.jmp.internal.ChunkRun;
import dev.jmp.internal.TaskEntry;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/** The entry of {@link PoolTasks#square}, written as the processor writes entries. */
public final class SquareEntry implements TaskEntry, ChunkEntry {

    @Override
    public byte[] invoke(byte[] arguments) {
        WireInput in = new WireInput(arguments);
        int x = in.readInt();
        in.expectEnd();
        WireOutput out = new WireOutput();
        out.writeInt(x * x);
        return out.toByteArray();
    }

    @Override
    public void runChunk(ChunkRun run) {
        WireInput in = run.arguments();
        for (int i = 0, n = run.count(); i < n; i++) {
            boolean runs = run.next(i);
            try {
                int x = in.readInt();
                if (runs) {
                    int result = x * x;
                    WireOutput out = run.result();
                    out.writeInt(result);
                }
                run.done(i);
            } catch (Throwable thrown) {
                run.failed(i, thrown);
            }
        }
    }

    /** Decodes one result where it lies among others, as a generated entry's does. */
    public static Integer decodeResult(byte[] result, int offset, int length) {
        WireInput in = new WireInput(result, offset, length);
        int value = in.readInt();
        in.expectEnd();
        return value;
    }

    /** Decodes what {@link #invoke} returned, as a generated entry's {@code decodeResult} does. */
    public static Integer decodeResult(byte[] result) {
        WireInput in = new WireInput(result);
        int value = in.readInt();
        in.expectEnd();
        return value;
    }
}
