package dev.jmp.cluster.wire;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.spi.BatchProgress;
import dev.jmp.spi.Outcome;
import dev.jmp.spi.WorkerExit;
import java.util.List;

/** What a member tells a driver about the workers and processes of their session, in order. */
public sealed interface Event {

    /** Worker {@code worker} (pid {@code pid}) ran the initializer, whose outcome is {@code initializer} (null: none). */
    record Ready(long worker, long pid, Outcome initializer) implements Event {}

    /** Outcomes of tasks {@code first ..} of batch {@code batchId} of worker {@code worker}. */
    record Outcomes(long worker, long batchId, int first, List<Outcome> outcomes, long busyNanos) implements Event {}

    /** Worker {@code worker} ended, after every outcome it sent. */
    record Exited(long worker, WorkerExit exit) implements Event {}

    /** Process {@code process} ended with {@code exitCode}, in Python's convention. */
    record ProcessExited(long process, int exitCode) implements Event {}

    /** Writes this event. */
    default void writeTo(WireOutput out) {
        if (this instanceof Ready r) {
            out.writeByte(0);
            out.writeLong(r.worker());
            out.writeLong(r.pid());
            if (out.writePresence(r.initializer())) {
                TaskCalls.writeOutcomes(out, List.of(r.initializer()));
            }
        } else if (this instanceof Outcomes o) {
            out.writeByte(1);
            out.writeLong(o.worker());
            out.writeLong(o.batchId());
            out.writeInt(o.first());
            TaskCalls.writeOutcomes(out, o.outcomes());
            out.writeLong(o.busyNanos());
        } else if (this instanceof Exited e) {
            out.writeByte(2);
            out.writeLong(e.worker());
            WorkerExit x = e.exit();
            out.writeInt(x.exitCode());
            out.writeBoolean(x.killed());
            out.writeString(x.cause());
            TaskCalls.writeStrings(out, x.outputTail());
            BatchProgress p = x.lastBatch();
            if (out.writePresence(p)) {
                out.writeLong(p.batchId());
                out.writeInt(p.running());
                out.writeInt(p.loggedFirst());
                TaskCalls.writeOutcomes(out, p.logged());
            }
        } else if (this instanceof ProcessExited p) {
            out.writeByte(3);
            out.writeLong(p.process());
            out.writeInt(p.exitCode());
        }
    }

    /** An event {@link #writeTo} wrote. */
    static Event readFrom(WireInput in) {
        return switch (in.readByte()) {
            case 0 -> new Ready(in.readLong(), in.readLong(), in.readPresence() ? TaskCalls.readOutcomes(in).get(0) : null);
            case 1 -> new Outcomes(in.readLong(), in.readLong(), in.readInt(), TaskCalls.readOutcomes(in), in.readLong());
            case 2 -> new Exited(in.readLong(), new WorkerExit(in.readInt(), in.readBoolean(), in.readString(),
                    TaskCalls.readStrings(in), in.readPresence()
                            ? new BatchProgress(in.readLong(), in.readInt(), in.readInt(), TaskCalls.readOutcomes(in))
                            : null));
            case 3 -> new ProcessExited(in.readLong(), in.readInt());
            default -> throw new IllegalArgumentException("[jmp.cluster.bad-event] unknown event kind");
        };
    }
}
