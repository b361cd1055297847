package dev.jmp.link;

import dev.jmp.internal.TaskCall;
import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch of tasks for a pool worker, run in order; answered by one or more {@link TaskResults}
 * with the same {@code batchId}. Many tiny tasks cost one frame, not one each.
 *
 * <p>On the wire the entry class names are written once per batch and each task refers to its
 * entry by index; descriptions stay in the parent, so a task read here has its entry class name
 * as its description.
 *
 * @param batchId the parent's number for this batch, never 0 (0 is the initializer's)
 * @param calls the tasks, in the order they run
 */
public record RunTasks(long batchId, List<TaskCall> calls) implements Frame {

    static final byte TAG = 6;

    public RunTasks {
        calls = List.copyOf(calls);
    }

    @Override
    public byte tag() {
        return TAG;
    }

    @Override
    public void writeTo(WireOutput out) {
        Map<String, Integer> entryIndex = new HashMap<>();
        List<String> entries = new ArrayList<>();
        int[] indexes = new int[calls.size()];
        String previous = null;
        int previousIndex = -1;
        for (int i = 0; i < indexes.length; i++) {
            String entry = calls.get(i).entryClass();
            if (!entry.equals(previous)) {
                previous = entry;
                previousIndex = entryIndex.computeIfAbsent(entry, e -> {
                    entries.add(e);
                    return entries.size() - 1;
                });
            }
            indexes[i] = previousIndex;
        }
        out.writeLong(batchId);
        out.writeInt(entries.size());
        for (String entry : entries) {
            out.writeString(entry);
        }
        out.writeInt(indexes.length);
        for (int i = 0; i < indexes.length; i++) {
            out.writeInt(indexes[i]);
            out.writeBytes(calls.get(i).arguments());
        }
    }

    static RunTasks readFrom(WireInput in) {
        long batchId = in.readLong();
        int entryCount = in.readLength();
        List<String> entries = new ArrayList<>(Math.min(entryCount, in.remaining()));
        for (int i = 0; i < entryCount; i++) {
            entries.add(in.readString());
        }
        int count = in.readLength();
        List<TaskCall> calls = new ArrayList<>(Math.min(count, in.remaining() / 8));
        for (int i = 0; i < count; i++) {
            int entry = in.readInt();
            if (entry < 0 || entry >= entries.size()) {
                throw new WireFormatException("task " + i + " of batch " + batchId + " names entry " + entry
                        + " of " + entries.size());
            }
            String name = entries.get(entry);
            calls.add(new TaskCall(name, in.readBytes(), name));
        }
        return new RunTasks(batchId, calls);
    }
}
