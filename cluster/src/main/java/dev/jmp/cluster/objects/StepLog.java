package dev.jmp.cluster.objects;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.util.ArrayList;
import java.util.List;

/**
 * An entry of the state map: a machine's state, and the reply of the last step of each (endpoint,
 * thread) that changed it. A caller whose member died with its step in flight cannot tell whether
 * the step ran there (and reached the backup that now owns the entry): it sends the same step, with
 * the same request number, again ({@link Redo}), and the step answers what it answered the first
 * time instead of applying twice. A thread makes one call at a time, so its last record is the only
 * one a repeat can ask for. Records of endpoints that are gone are dropped, and at most
 * {@link #MAX_RECORDS} are kept, the oldest dropped first.
 */
final class StepLog {

    static final int MAX_RECORDS = 1024;

    private record Record(String endpoint, long thread, long request, byte[] reply) {}

    /** The machine's state. */
    final byte[] state;
    private final List<Record> records;

    private StepLog(byte[] state, List<Record> records) {
        this.state = state;
        this.records = records;
    }

    /** The entry of a machine made with {@code state}, which no step changed yet. */
    static byte[] initial(byte[] state) {
        return new StepLog(state, List.of()).write();
    }

    static StepLog read(byte[] entry) {
        WireInput in = new WireInput(entry);
        byte[] state = in.readBytes();
        int n = in.readInt();
        List<Record> records = new ArrayList<>(n + 1);
        for (int i = 0; i < n; i++) {
            records.add(new Record(in.readString(), in.readLong(), in.readLong(), in.readBytes()));
        }
        return new StepLog(state, records);
    }

    /** What request {@code request} of {@code endpoint}'s {@code thread} answered, if it changed the entry; else null. */
    byte[] replyTo(String endpoint, long thread, long request) {
        for (Record r : records) {
            if (r.request == request && r.thread == thread && r.endpoint.equals(endpoint)) {
                return r.reply;
            }
        }
        return null;
    }

    /** The entry after {@code caller}'s request {@code request} changed the state to {@code next}, answering {@code reply}. */
    byte[] after(byte[] next, Caller caller, long request, byte[] reply) {
        List<Record> kept = new ArrayList<>(records.size() + 1);
        for (Record r : records) {
            if (!caller.is(r.endpoint, r.thread) && caller.alive().test(r.endpoint)) {
                kept.add(r);
            }
        }
        kept.add(new Record(caller.endpoint(), caller.thread(), request, reply));
        if (kept.size() > MAX_RECORDS) {
            kept = kept.subList(kept.size() - MAX_RECORDS, kept.size());
        }
        return new StepLog(next, kept).write();
    }

    private byte[] write() {
        WireOutput out = new WireOutput(state.length + 16 + records.size() * 64);
        out.writeBytes(state);
        out.writeInt(records.size());
        for (Record r : records) {
            out.writeString(r.endpoint);
            out.writeLong(r.thread);
            out.writeLong(r.request);
            out.writeBytes(r.reply);
        }
        return out.toByteArray();
    }
}
