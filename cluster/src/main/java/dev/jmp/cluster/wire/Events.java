package dev.jmp.cluster.wire;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's answer to a poll: the session's events after the last one the driver acknowledged,
 * each with its number, or why there are none to have.
 *
 * @param status whether the poll was answered, refused, or came for a session the member closed
 * @param message why it was refused or closed; empty when answered
 * @param events the events, in order
 */
public record Events(Status status, String message, List<Numbered> events) {

    /** How a poll went. */
    public enum Status { OK, REFUSED, CLOSED }

    /** One event and its number in the session, from 1. */
    public record Numbered(long seq, Event event) {}

    public Events {
        events = List.copyOf(events);
    }

    /** An answer of {@code events}. */
    public static Events of(List<Numbered> events) {
        return new Events(Status.OK, "", events);
    }

    /** No events, for the reason {@code message}. */
    public static Events none(Status status, String message) {
        return new Events(status, message, List.of());
    }

    public byte[] encode() {
        WireOutput out = new WireOutput(256);
        out.writeInt(status.ordinal());
        out.writeString(message);
        out.writeInt(events.size());
        for (Numbered n : events) {
            out.writeLong(n.seq());
            n.event().writeTo(out);
        }
        return out.toByteArray();
    }

    public static Events decode(byte[] bytes) {
        WireInput in = new WireInput(bytes);
        Status status = in.readEnum(Status.values());
        String message = in.readString();
        int n = in.readLength();
        List<Numbered> events = new ArrayList<>(Math.min(n, in.remaining()));
        for (int i = 0; i < n; i++) {
            events.add(new Numbered(in.readLong(), Event.readFrom(in)));
        }
        in.expectEnd();
        return new Events(status, message, events);
    }
}
