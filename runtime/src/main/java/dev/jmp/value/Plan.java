package dev.jmp.value;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * How the values of one declared type cross a process, built from the table of
 * {@link dev.jmp.internal.Kind} by {@link Plans#of}: the codecs of queues, pipes and connections
 * are plans, and a manager's values are written by the plan that reads each value's kind from the
 * value itself ({@link Tagged}).
 */
public interface Plan {

    /** Writes {@code value}; not null, unless this plan says it takes null ({@link Plans#nullable}). */
    void write(WireOutput out, Object value);

    /**
     * Reads a value written by {@link #write}.
     *
     * @throws dev.jmp.internal.WireFormatException when the bytes are no such value
     */
    Object read(WireInput in);

    /** The bytes of {@code value} alone, as a queue's element or a pipe's message. */
    default byte[] encode(Object value) {
        WireOutput out = new WireOutput(64);
        write(out, value);
        return out.toByteArray();
    }

    /** The value of {@code length} bytes from {@code offset}, all of them read. */
    default Object decode(byte[] bytes, int offset, int length) {
        WireInput in = new WireInput(bytes, offset, length);
        Object value = read(in);
        in.expectEnd();
        return value;
    }
}
