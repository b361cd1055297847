package dev.jmp.link;

import dev.jmp.internal.TaskCall;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * The parent's answer to {@link Hello}: who the child is and the one task it runs.
 *
 * @param processName the child's name ({@code Process-1})
 * @param daemon whether the child is a daemon, as its own {@code currentProcess()} reports
 * @param parentName the parent's name ({@code MainProcess})
 * @param task the task to run
 */
public record Assign(String processName, boolean daemon, String parentName, TaskCall task) implements Frame {

    static final byte TAG = 2;

    @Override
    public byte tag() {
        return TAG;
    }

    @Override
    public void writeTo(WireOutput out) {
        out.writeString(processName);
        out.writeBoolean(daemon);
        out.writeString(parentName);
        out.writeString(task.entryClass());
        out.writeString(task.description());
        out.writeBytes(task.arguments());
    }

    static Assign readFrom(WireInput in) {
        String name = in.readString();
        boolean daemon = in.readBoolean();
        String parent = in.readString();
        String entry = in.readString();
        String description = in.readString();
        return new Assign(name, daemon, parent, new TaskCall(entry, in.readBytes(), description));
    }
}
