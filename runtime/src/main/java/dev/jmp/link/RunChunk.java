package dev.jmp.link;

import dev.jmp.internal.ChunkCall;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * A batch that is part of a map's chunk, for a pool worker: the entry class once, and the
 * chunk's arguments in one buffer ({@link dev.jmp.internal.ChunkEntry}'s format), of which tasks
 * {@code from .. to - 1} run; answered by {@link TaskResults} with the same {@code batchId},
 * whose task indexes count from {@code from}, as those of a {@link RunTasks} count from its first.
 *
 * @param batchId the parent's number for this batch, never 0
 * @param chunk the tasks
 */
public record RunChunk(long batchId, ChunkCall chunk) implements Frame {

    static final byte TAG = 10;

    @Override
    public byte tag() {
        return TAG;
    }

    @Override
    public void writeTo(WireOutput out) {
        out.writeLong(batchId);
        out.writeString(chunk.entryClass());
        out.writeInt(chunk.from());
        out.writeInt(chunk.to());
        out.writeBytes(chunk.arguments(), chunk.offset(), chunk.length());
    }

    @Override
    public int sizeHint() {
        return 24 + 3 * chunk.entryClass().length() + chunk.length();
    }

    /** The arguments stay where they arrived, in the frame's body, which nothing else holds. */
    static RunChunk readFrom(WireInput in) {
        long batchId = in.readLong();
        String entryClass = in.readString();
        int from = in.readInt();
        int to = in.readInt();
        int length = in.readLength();
        int offset = in.position();
        in.skip(length);
        try {
            return new RunChunk(batchId, new ChunkCall(entryClass, in.array(), offset, length, from, to));
        } catch (IllegalArgumentException e) {
            throw new dev.jmp.internal.WireFormatException("batch " + batchId + ": " + e.getMessage());
        }
    }
}
