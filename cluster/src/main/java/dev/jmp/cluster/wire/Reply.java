package dev.jmp.cluster.wire;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * A member's answer to a command.
 *
 * @param status whether it was applied, applied and failed, refused unapplied, or came for a
 *     session the member closed
 * @param value what it returned: a started process's pid; 0 otherwise
 * @param message why it failed, was refused or closed; empty when applied
 */
public record Reply(Status status, long value, String message) {

    /** How a command went. */
    public enum Status { OK, FAILED, REFUSED, CLOSED }

    public static Reply ok(long value) {
        return new Reply(Status.OK, value, "");
    }

    public static Reply of(Status status, String message) {
        return new Reply(status, 0, message);
    }

    public byte[] encode() {
        WireOutput out = new WireOutput(32);
        out.writeInt(status.ordinal());
        out.writeLong(value);
        out.writeString(message);
        return out.toByteArray();
    }

    public static Reply decode(byte[] bytes) {
        WireInput in = new WireInput(bytes);
        Reply reply = new Reply(in.readEnum(Status.values()), in.readLong(), in.readString());
        in.expectEnd();
        return reply;
    }
}
