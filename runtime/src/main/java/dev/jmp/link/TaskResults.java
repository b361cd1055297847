package dev.jmp.link;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.spi.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * What a pool worker sends back for tasks {@code first .. first + outcomes.size() - 1} of batch
 * {@code batchId}. A batch is usually answered by one frame; a long batch is answered in parts,
 * so that the results of finished tasks are not lost if the worker dies later. Batch 0 is the
 * initializer: its one outcome, or no outcome when there is no initializer, says the worker is
 * ready.
 *
 * <p>Outcomes stay encoded: the parent decodes a value or a failure only when someone asks.
 * {@code busyNanos} is how long the worker spent running these tasks, transport left out, which
 * tells the parent how many tasks it may send together. A failed outcome holds a
 * {@link dev.jmp.wire.RemoteFailure} in its encoded form.
 */
public record TaskResults(long batchId, int first, List<Outcome> outcomes, long busyNanos) implements Frame {

    static final byte TAG = 7;

    public TaskResults {
        outcomes = List.copyOf(outcomes);
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
        for (Outcome outcome : outcomes) {
            out.writeBoolean(outcome.failed());
            out.writeBytes(outcome.payload());
        }
    }

    static TaskResults readFrom(WireInput in) {
        long batchId = in.readLong();
        int first = in.readInt();
        long busyNanos = in.readLong();
        int count = in.readLength();
        List<Outcome> outcomes = new ArrayList<>(Math.min(count, in.remaining() / 5));
        for (int i = 0; i < count; i++) {
            boolean failed = in.readBoolean();
            outcomes.add(new Outcome(failed, in.readBytes()));
        }
        return new TaskResults(batchId, first, outcomes, busyNanos);
    }
}
