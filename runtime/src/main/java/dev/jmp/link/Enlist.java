package dev.jmp.link;

import dev.jmp.internal.TaskCall;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.util.Optional;

/**
 * The parent's answer to {@link Hello} when the child is a pool worker rather than a process
 * with one task: who the worker is, where it records its progress, and the initializer it runs
 * once before any task. The worker then answers with {@link TaskResults} for batch 0 (the
 * initializer's outcome, or none) and loops on {@link RunTasks} until {@link Retire}.
 *
 * @param workerName the worker's name ({@code SpawnPoolWorker-1})
 * @param daemon whether the worker is a daemon, as its own {@code currentProcess()} reports
 * @param parentName the parent's name ({@code MainProcess})
 * @param progressFile a file the worker maps and writes the batch and index of its running task
 *     to, and the outcomes it finished but has not sent yet, so the parent knows what a dead worker
 *     had done ({@code dev.jmp.launch.child.WorkerProgress} lays it out)
 * @param initializer the task run once when the worker starts, if any
 */
public record Enlist(String workerName, boolean daemon, String parentName, String progressFile,
                     Optional<TaskCall> initializer) implements Frame {

    static final byte TAG = 5;

    @Override
    public byte tag() {
        return TAG;
    }

    @Override
    public void writeTo(WireOutput out) {
        out.writeString(workerName);
        out.writeBoolean(daemon);
        out.writeString(parentName);
        out.writeString(progressFile);
        if (out.writePresence(initializer.orElse(null))) {
            TaskCall call = initializer.get();
            out.writeString(call.entryClass());
            out.writeString(call.description());
            out.writeBytes(call.arguments());
        }
    }

    static Enlist readFrom(WireInput in) {
        String name = in.readString();
        boolean daemon = in.readBoolean();
        String parent = in.readString();
        String progress = in.readString();
        Optional<TaskCall> initializer = Optional.empty();
        if (in.readPresence()) {
            String entry = in.readString();
            String description = in.readString();
            initializer = Optional.of(new TaskCall(entry, in.readBytes(), description));
        }
        return new Enlist(name, daemon, parent, progress, initializer);
    }
}
