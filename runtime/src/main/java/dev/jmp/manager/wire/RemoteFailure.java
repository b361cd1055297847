package dev.jmp.manager.wire;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.util.List;

/**
 * An exception raised in a manager's server, as it crosses back to the caller: its class name,
 * message, stack and cause chain, as data. Nothing is deserialized: the caller decides from the
 * class name whether it can rebuild the same type.
 *
 * @param className the exception's class, {@code java.lang.IllegalStateException}
 * @param message   its message, or null
 * @param stack     its stack, innermost frame first
 * @param cause     its cause, or null
 */
public record RemoteFailure(String className, String message, List<StackTraceElement> stack, RemoteFailure cause) {

    /** Causes beyond this depth are cut, so a cyclic or absurd chain cannot grow the reply. */
    private static final int MAX_CAUSES = 16;
    private static final int MAX_FRAMES = 1024;

    public RemoteFailure {
        stack = List.copyOf(stack);
    }

    public static RemoteFailure of(Throwable t) {
        return of(t, 0);
    }

    private static RemoteFailure of(Throwable t, int depth) {
        Throwable cause = t.getCause();
        return new RemoteFailure(t.getClass().getName(), t.getMessage(), List.of(t.getStackTrace()),
                cause == null || cause == t || depth >= MAX_CAUSES ? null : of(cause, depth + 1));
    }

    public void write(WireOutput out) {
        out.writeString(className);
        if (out.writePresence(message)) {
            out.writeString(message);
        }
        int frames = Math.min(stack.size(), MAX_FRAMES);
        out.writeInt(frames);
        for (int i = 0; i < frames; i++) {
            StackTraceElement e = stack.get(i);
            out.writeString(e.getClassName());
            out.writeString(e.getMethodName());
            if (out.writePresence(e.getFileName())) {
                out.writeString(e.getFileName());
            }
            out.writeInt(e.getLineNumber());
        }
        if (out.writePresence(cause)) {
            cause.write(out);
        }
    }

    public static RemoteFailure read(WireInput in) {
        return read(in, 0);
    }

    private static RemoteFailure read(WireInput in, int depth) {
        String className = in.readString();
        String message = in.readPresence() ? in.readString() : null;
        int frames = in.readLength();
        StackTraceElement[] stack = new StackTraceElement[Math.min(frames, in.remaining())];
        for (int i = 0; i < frames; i++) {
            String declaring = in.readString();
            String method = in.readString();
            String file = in.readPresence() ? in.readString() : null;
            stack[i] = new StackTraceElement(declaring, method, file, in.readInt());
        }
        RemoteFailure cause = depth < MAX_CAUSES && in.readPresence() ? read(in, depth + 1) : null;
        return new RemoteFailure(className, message, List.of(stack), cause);
    }

    /** {@code java.lang.IllegalStateException: message}, as {@link Throwable#toString()} reads. */
    public String describe() {
        return message == null ? className : className + ": " + message;
    }
}
