package dev.jmp.link;

import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.lang.System.Logger.Level;

/**
 * A record a child logged, sent to its parent, which logs it under the same logger name, headed
 * with the child's name and pid, so that a child's records reach the program's logging as records
 * and not as lines of text on its stderr. Sent any time after the child's {@link Assign} or
 * {@link Enlist}.
 *
 * @param logger the logger's name, {@code dev.jmp.sync} say
 * @param thrown the stack trace of the record's exception, as text, or null
 */
public record LogRecord(String logger, Level level, String message, String thrown) implements Frame {

    static final byte TAG = 11;

    @Override
    public byte tag() {
        return TAG;
    }

    @Override
    public void writeTo(WireOutput out) {
        out.writeString(logger);
        out.writeString(level.name());
        out.writeString(message);
        if (out.writePresence(thrown)) {
            out.writeString(thrown);
        }
    }

    static LogRecord readFrom(WireInput in) {
        String logger = in.readString();
        String levelName = in.readString();
        Level level;
        try {
            level = Level.valueOf(levelName);
        } catch (IllegalArgumentException e) {
            throw new WireFormatException("unknown log level " + levelName);
        }
        String message = in.readString();
        return new LogRecord(logger, level, message, in.readPresence() ? in.readString() : null);
    }
}
