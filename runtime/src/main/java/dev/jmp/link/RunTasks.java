package dev.jmp.link;

import dev.jmp.internal.TaskCall;
import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch of tasks for a pool worker, run in order; answered by one or more {@link TaskResults}
 * with the same {@code batchId}. Many tiny tasks cost one frame, not one each.
 *
 * <p>On the wire the entry class names are written once per batch and each task refers to its
 * entry by index; a task whose encoded arguments equal the previous task's refers to them
 * instead of repeating them (a map over many equal items, like pickle's memo for the same object),
 * and the tasks read here then share one array, which entries only read. Descriptions stay in the
 * parent, so a task read here has its entry class name as its description.
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
        byte[] last = null;
        for (int i = 0; i < indexes.length; i++) {
            byte[] arguments = calls.get(i).arguments();
            out.writeInt(indexes[i]);
            boolean same = last != null && (arguments == last || Arrays.equals(arguments, last));
            out.writeBoolean(same);
            if (!same) {
                out.writeBytes(arguments);
                last = arguments;
            }
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
        byte[] previous = null;
        for (int i = 0; i < count; i++) {
            int entry = in.readInt();
            if (entry < 0 || entry >= entries.size()) {
                throw new WireFormatException("task " + i + " of batch " + batchId + " names entry " + entry
                        + " of " + entries.size());
            }
            String name = entries.get(entry);
            byte[] arguments;
            if (in.readBoolean()) {
                if (previous == null) {
                    throw new WireFormatException("task " + i + " of batch " + batchId + " repeats arguments before any");
                }
                arguments = previous;
            } else {
                arguments = in.readBytes();
            }
            previous = arguments;
            calls.add(new TaskCall(name, arguments, name));
        }
        return new RunTasks(batchId, calls);
    }
}
