package dev.jmp.link;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;

/**
 * Sent from a child's shutdown hook: its JVM began an orderly exit, because the task called
 * {@code System.exit} ({@code signal} 0) or because signal {@code signal} arrived and ran the
 * hooks (SIGTERM, SIGINT, SIGHUP). Both end with status {@code 128 + N} for
 * {@code System.exit(128 + N)} and for signal N alike, so it tells the parent which it was:
 * {@code System.exit(137)} is exit code 137, death by SIGTERM from anyone is -15.
 *
 * @param signal the signal that started the exit, or 0 when the program chose to exit
 */
public record Exiting(int signal) implements Frame {

    static final byte TAG = 4;

    @Override
    public byte tag() {
        return TAG;
    }

    @Override
    public void writeTo(WireOutput out) {
        out.writeInt(signal);
    }

    static Exiting readFrom(WireInput in) {
        return new Exiting(in.readInt());
    }
}
