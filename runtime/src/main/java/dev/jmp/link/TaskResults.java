package dev.jmp.link;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.internal.WireFormatException;
import dev.jmp.spi.Outcome;
import dev.jmp.spi.PackedOutcomes;
import java.util.List;

/**
 * What a pool worker sends back for tasks {@code first .. first + outcomes.size() - 1} of batch
 * {@code batchId}. A batch is usually answered by one frame; a long batch is answered in parts,
 * so that the results of finished tasks are not lost if the worker dies later. Batch 0 is the
 * initializer: its one outcome, or no outcome when there is no initializer, says the worker is
 * ready.
 *
 * <p>On the wire each outcome is {@code [byte failed][int length][payload]}, and they are read
 * as they lie ({@link PackedOutcomes}), without an object per outcome. Outcomes stay encoded: the parent decodes a value or a failure only when someone asks.
 * {@code busyNanos} is how long the worker spent running these tasks, transport left out, which
 * tells the parent how many tasks it may send together. A failed outcome holds a
 * {@link dev.jmp.wire.RemoteFailure} in its encoded form.
 */
public record TaskResults(long batchId, int first, List<Outcome> outcomes, long busyNanos) implements Frame {

    static final byte TAG = 7;

    public TaskResults {
        outcomes = outcomes instanceof PackedOutcomes ? outcomes : List.copyOf(outcomes);
    }

    @Override
    public byte tag() {
        return TAG;
    }

    @Override
    public void writeTo(WireOutput out) {
        out.writeLong(batchId);
        out.writeInt(first);
        out.writeLong(busyNanos);
        out.writeInt(outcomes.size());
        if (outcomes instanceof PackedOutcomes packed) {
            out.writeRaw(packed.bytes(), packed.recordsStart(), packed.recordsLength());
            return;
        }
        for (Outcome outcome : outcomes) {
            out.writeBoolean(outcome.failed());
            out.writeBytes(outcome.payload());
        }
    }

    @Override
    public int sizeHint() {
        return 24 + (outcomes instanceof PackedOutcomes packed ? packed.recordsLength() : 64);
    }

    static TaskResults readFrom(WireInput in) {
        long batchId = in.readLong();
        int first = in.readInt();
        long busyNanos = in.readLong();
        int count = in.readLength();
        if (count > in.remaining() / 5) {
            throw new WireFormatException(count + " outcomes cannot fit in " + in.remaining() + " bytes");
        }
        PackedOutcomes outcomes;
        try {
            outcomes = PackedOutcomes.wrap(in.array(), in.position(), in.position() + in.remaining(), count);
        } catch (IllegalArgumentException e) {
            throw new WireFormatException("batch " + batchId + ": " + e.getMessage());
        }
        in.skip(outcomes.recordsLength());
        return new TaskResults(batchId, first, outcomes, busyNanos);
    }
}
