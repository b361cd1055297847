package dev.jmp.wire;

import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * An exception as it crosses a process: from a pool worker to its parent, from a manager's server
 * to a proxy. Class name, message, stack trace, cause chain and suppressed exceptions, as plain
 * data: nothing is Java-serialized, so no class of the sender's choosing is ever instantiated by
 * reading it; the receiver decides what to rebuild from it, by the one {@link RebuildPolicy}.
 *
 * @param className the binary name of the thrown class
 * @param message its message, or null
 * @param stackTrace its stack trace, as the worker saw it
 * @param cause its cause, or null
 * @param suppressed the exceptions it suppressed
 */
public record RemoteFailure(String className, String message, List<StackTraceElement> stackTrace,
                            RemoteFailure cause, List<RemoteFailure> suppressed) {

    /** Deeper cause chains and suppressed trees are cut; the printout would be unreadable anyway. */
    private static final int MAX_DEPTH = 32;
    /** Frames beyond this many are cut, so that a runaway recursion cannot grow the message without bound. */
    private static final int MAX_FRAMES = 1024;

    public RemoteFailure {
        stackTrace = List.copyOf(stackTrace.size() > MAX_FRAMES ? stackTrace.subList(0, MAX_FRAMES) : stackTrace);
        suppressed = List.copyOf(suppressed);
    }

    /** A failure with no suppressed exceptions. */
    public RemoteFailure(String className, String message, List<StackTraceElement> stackTrace, RemoteFailure cause) {
        this(className, message, stackTrace, cause, List.of());
    }

    /** The data of {@code thrown}; a cause seen before (a cycle) is left out. */
    public static RemoteFailure of(Throwable thrown) {
        return of(thrown, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
    }

    private static RemoteFailure of(Throwable t, Set<Throwable> seen, int depth) {
        seen.add(t);
        String message;
        try {
            message = t.getMessage();
        } catch (RuntimeException e) {
            message = "(getMessage() threw " + e + ")";
        }
        Throwable c = t.getCause();
        RemoteFailure cause = c == null || seen.contains(c) || depth >= MAX_DEPTH ? null : of(c, seen, depth + 1);
        List<RemoteFailure> suppressed = new ArrayList<>();
        for (Throwable s : t.getSuppressed()) {
            if (!seen.contains(s) && depth < MAX_DEPTH) {
                suppressed.add(of(s, seen, depth + 1));
            }
        }
        return new RemoteFailure(t.getClass().getName(), message, List.of(t.getStackTrace()), cause, suppressed);
    }

    public byte[] encode() {
        WireOutput out = new WireOutput(512);
        writeTo(out);
        return out.toByteArray();
    }

    public static RemoteFailure decode(byte[] bytes) {
        WireInput in = new WireInput(bytes);
        RemoteFailure failure = readFrom(in);
        in.expectEnd();
        return failure;
    }

    /** Writes this failure, to be read by {@link #readFrom}. */
    public void writeTo(WireOutput out) {
        out.writeString(className);
        writeNullable(out, message);
        out.writeInt(stackTrace.size());
        for (StackTraceElement e : stackTrace) {
            // The application loader is left out of printed frames, as the JDK leaves it out locally.
            writeNullable(out, "app".equals(e.getClassLoaderName()) ? null : e.getClassLoaderName());
            writeNullable(out, e.getModuleName());
            writeNullable(out, e.getModuleVersion());
            out.writeString(e.getClassName());
            out.writeString(e.getMethodName());
            writeNullable(out, e.getFileName());
            out.writeInt(e.getLineNumber());
        }
        if (out.writePresence(cause)) {
            cause.writeTo(out);
        }
        out.writeInt(suppressed.size());
        for (RemoteFailure s : suppressed) {
            s.writeTo(out);
        }
    }

    /** Reads a failure written by {@link #writeTo}; a chain deeper than jmp writes is refused. */
    public static RemoteFailure readFrom(WireInput in) {
        return readFrom(in, 0);
    }

    private static RemoteFailure readFrom(WireInput in, int depth) {
        if (depth > MAX_DEPTH + 1) {
            throw new WireFormatException("a failure whose causes and suppressed exceptions nest more than "
                    + MAX_DEPTH + " deep");
        }
        String className = in.readString();
        String message = readNullable(in);
        int frames = in.readLength();
        List<StackTraceElement> trace = new ArrayList<>(Math.min(frames, in.remaining()));
        for (int i = 0; i < frames; i++) {
            String loader = readNullable(in);
            String module = readNullable(in);
            String version = readNullable(in);
            String declaring = in.readString();
            String method = in.readString();
            String file = readNullable(in);
            trace.add(new StackTraceElement(loader, module, version, declaring, method, file, in.readInt()));
        }
        RemoteFailure cause = in.readPresence() ? readFrom(in, depth + 1) : null;
        int count = in.readLength();
        List<RemoteFailure> suppressed = new ArrayList<>(Math.min(count, in.remaining()));
        for (int i = 0; i < count; i++) {
            suppressed.add(readFrom(in, depth + 1));
        }
        return new RemoteFailure(className, message, trace, cause, suppressed);
    }

    /** {@code java.lang.IllegalStateException: message}, as {@link Throwable#toString()} reads. */
    public String describe() {
        return message == null ? className : className + ": " + message;
    }

    private static void writeNullable(WireOutput out, String s) {
        if (out.writePresence(s)) {
            out.writeString(s);
        }
    }

    private static String readNullable(WireInput in) {
        return in.readPresence() ? in.readString() : null;
    }
}
