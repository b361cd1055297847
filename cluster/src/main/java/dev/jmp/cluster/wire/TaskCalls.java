package dev.jmp.cluster.wire;

import dev.jmp.internal.TaskCall;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.spi.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How tasks and outcomes are written inside commands and events. A batch names each entry class
 * once and refers to it by index, and a task whose arguments equal the previous task's refers to
 * them, as a local worker's batch frame does; descriptions stay with the driver, so a task read
 * on a member is described by its entry class.
 */
final class TaskCalls {

    private TaskCalls() {}

    static void write(WireOutput out, TaskCall call) {
        out.writeString(call.entryClass());
        out.writeBytes(call.arguments());
        out.writeString(call.description());
    }

    static TaskCall read(WireInput in) {
        return new TaskCall(in.readString(), in.readBytes(), in.readString());
    }

    static void writeBatch(WireOutput out, List<TaskCall> calls) {
        Map<String, Integer> index = new HashMap<>();
        List<String> entries = new ArrayList<>();
        for (TaskCall call : calls) {
            index.computeIfAbsent(call.entryClass(), e -> {
                entries.add(e);
                return entries.size() - 1;
            });
        }
        writeStrings(out, entries);
        out.writeInt(calls.size());
        byte[] last = null;
        for (TaskCall call : calls) {
            out.writeInt(index.get(call.entryClass()));
            byte[] arguments = call.arguments();
            boolean same = last != null && (arguments == last || Arrays.equals(arguments, last));
            out.writeBoolean(same);
            if (!same) {
                out.writeBytes(arguments);
                last = arguments;
            }
        }
    }

    static List<TaskCall> readBatch(WireInput in) {
        List<String> entries = readStrings(in);
        int count = in.readLength();
        List<TaskCall> calls = new ArrayList<>(Math.min(count, in.remaining()));
        byte[] previous = null;
        for (int i = 0; i < count; i++) {
            int entry = in.readInt();
            if (entry < 0 || entry >= entries.size()) {
                throw new IllegalArgumentException("[jmp.cluster.bad-command] task " + i + " names entry " + entry
                        + " of " + entries.size());
            }
            byte[] arguments;
            if (in.readBoolean()) {
                if (previous == null) {
                    throw new IllegalArgumentException("[jmp.cluster.bad-command] task " + i + " repeats arguments before any");
                }
                arguments = previous;
            } else {
                arguments = in.readBytes();
            }
            previous = arguments;
            String name = entries.get(entry);
            calls.add(new TaskCall(name, arguments, name));
        }
        return calls;
    }

    static void writeStrings(WireOutput out, List<String> strings) {
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeString(s);
        }
    }

    static List<String> readStrings(WireInput in) {
        int n = in.readLength();
        List<String> strings = new ArrayList<>(Math.min(n, in.remaining()));
        for (int i = 0; i < n; i++) {
            strings.add(in.readString());
        }
        return strings;
    }

    static void writeOutcomes(WireOutput out, List<Outcome> outcomes) {
        out.writeInt(outcomes.size());
        for (Outcome o : outcomes) {
            out.writeBoolean(o.failed());
            out.writeBytes(o.payload());
        }
    }

    static List<Outcome> readOutcomes(WireInput in) {
        int n = in.readLength();
        List<Outcome> outcomes = new ArrayList<>(Math.min(n, in.remaining()));
        for (int i = 0; i < n; i++) {
            boolean failed = in.readBoolean();
            outcomes.add(new Outcome(failed, in.readBytes()));
        }
        return outcomes;
    }
}
