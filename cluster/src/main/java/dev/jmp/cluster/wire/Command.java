package dev.jmp.cluster.wire;

import dev.jmp.internal.TaskCall;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.util.List;
import java.util.Optional;

/**
 * What a driver asks of a member, in one session and in order: the body of a signed
 * {@link Envelope}. Workers and processes are named by numbers the driver chose.
 */
public sealed interface Command {

    /** Opens the session: the first command of every session. {@code from} names the driver for the member's log. */
    record Open(String from) implements Command {}

    /**
     * Starts worker {@code worker} of the driver's pool {@code pool}, as a worker JVM of the member
     * or ({@code inMember}) a thread of the member itself; it runs {@code initializer} first, and is a
     * {@code daemon} (a Pool's worker, which may not start children) or not (an executor's). A worker
     * JVM its pool releases waits {@code reuseMillis} on the member for the driver's next pool (0: it
     * exits).
     */
    record StartWorker(long worker, long pool, String name, boolean inMember, boolean daemon, List<String> jvmOptions,
                       Optional<TaskCall> initializer, long reuseMillis) implements Command {}

    /** Sends batch {@code batchId} to worker {@code worker}. */
    record RunBatch(long worker, long batchId, List<TaskCall> calls) implements Command {}

    /**
     * Retires, kills, stops (terminate, then kill after a grace) or releases (its pool is done with
     * it: it may wait for the driver's next pool) worker {@code worker}.
     */
    record WorkerVerb(long worker, Verb verb) implements Command {}

    /** Starts {@code task} as process {@code process}, a child JVM of the member. */
    record StartProcess(long process, String name, boolean daemon, TaskCall task, List<String> jvmOptions)
            implements Command {}

    /** Terminates ({@code force}: kills) process {@code process}. */
    record SignalProcess(long process, boolean force) implements Command {}

    /**
     * Ends the session: the driver is closing. The member closes the session at once, whatever
     * commands before it are still on their way, and kills every worker and process it ran for it.
     */
    record Close() implements Command {}

    /** What {@link WorkerVerb} does. */
    enum Verb { RETIRE, KILL, STOP, RELEASE }

    /** This command's bytes. */
    default byte[] encode() {
        WireOutput out = new WireOutput(64);
        if (this instanceof Open o) {
            out.writeByte(0);
            out.writeString(o.from());
        } else if (this instanceof StartWorker s) {
            out.writeByte(1);
            out.writeLong(s.worker());
            out.writeLong(s.pool());
            out.writeString(s.name());
            out.writeBoolean(s.inMember());
            out.writeBoolean(s.daemon());
            TaskCalls.writeStrings(out, s.jvmOptions());
            if (out.writePresence(s.initializer().orElse(null))) {
                TaskCalls.write(out, s.initializer().get());
            }
            out.writeLong(s.reuseMillis());
        } else if (this instanceof RunBatch r) {
            out.writeByte(2);
            out.writeLong(r.worker());
            out.writeLong(r.batchId());
            TaskCalls.writeBatch(out, r.calls());
        } else if (this instanceof WorkerVerb v) {
            out.writeByte(3);
            out.writeLong(v.worker());
            out.writeInt(v.verb().ordinal());
        } else if (this instanceof StartProcess p) {
            out.writeByte(4);
            out.writeLong(p.process());
            out.writeString(p.name());
            out.writeBoolean(p.daemon());
            TaskCalls.write(out, p.task());
            TaskCalls.writeStrings(out, p.jvmOptions());
        } else if (this instanceof SignalProcess p) {
            out.writeByte(5);
            out.writeLong(p.process());
            out.writeBoolean(p.force());
        } else if (this instanceof Close) {
            out.writeByte(6);
        }
        return out.toByteArray();
    }

    /** The command {@link #encode()} wrote; a malformed one throws. */
    static Command decode(byte[] bytes) {
        WireInput in = new WireInput(bytes);
        Command command = switch (in.readByte()) {
            case 0 -> new Open(in.readString());
            case 1 -> new StartWorker(in.readLong(), in.readLong(), in.readString(), in.readBoolean(),
                    in.readBoolean(), TaskCalls.readStrings(in), in.readPresence() ? Optional.of(TaskCalls.read(in)) : Optional.empty(),
                    in.readLong());
            case 2 -> new RunBatch(in.readLong(), in.readLong(), TaskCalls.readBatch(in));
            case 3 -> new WorkerVerb(in.readLong(), in.readEnum(Verb.values()));
            case 4 -> new StartProcess(in.readLong(), in.readString(), in.readBoolean(), TaskCalls.read(in),
                    TaskCalls.readStrings(in));
            case 5 -> new SignalProcess(in.readLong(), in.readBoolean());
            case 6 -> new Close();
            default -> throw new IllegalArgumentException("[jmp.cluster.bad-command] unknown command kind");
        };
        in.expectEnd();
        return command;
    }
}
