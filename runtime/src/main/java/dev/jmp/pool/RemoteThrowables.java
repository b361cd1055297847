package dev.jmp.pool;

import dev.jmp.link.RemoteFailure;
import dev.jmp.spi.Outcome;
import java.lang.reflect.Constructor;

/**
 * Rebuilds an exception a worker sent as a {@link RemoteFailure}: the same class when it is a
 * {@link Throwable} on this class path with a public {@code (String, Throwable)} or
 * {@code (String)} constructor, otherwise a {@link RemoteTaskException} naming it; then the
 * worker's stack trace, cause chain and suppressed exceptions. Only constructors run; nothing is
 * deserialized.
 */
final class RemoteThrowables {

    private RemoteThrowables() {}

    /** The exception of a failed {@code outcome}. */
    static Throwable rebuild(Outcome outcome) {
        return rebuild(RemoteFailure.decode(outcome.payload()));
    }

    static Throwable rebuild(RemoteFailure failure) {
        Throwable cause = failure.cause() == null ? null : rebuild(failure.cause());
        Throwable t = instantiate(failure, cause);
        if (cause != null && t.getCause() != cause) {
            try {
                t.initCause(cause);
            } catch (IllegalStateException | IllegalArgumentException e) {
                t.addSuppressed(cause); // the constructor fixed the cause; keep the remote one visible
            }
        }
        t.setStackTrace(failure.stackTrace().toArray(new StackTraceElement[0]));
        for (RemoteFailure s : failure.suppressed()) {
            t.addSuppressed(rebuild(s));
        }
        return t;
    }

    private static Throwable instantiate(RemoteFailure failure, Throwable cause) {
        Class<?> type;
        try {
            type = Class.forName(failure.className(), false, loader());
        } catch (ClassNotFoundException | LinkageError e) {
            return new RemoteTaskException(failure.className(), failure.message());
        }
        if (!Throwable.class.isAssignableFrom(type)) {
            return new RemoteTaskException(failure.className(), failure.message());
        }
        try {
            Constructor<?> withCause = type.getConstructor(String.class, Throwable.class);
            return (Throwable) withCause.newInstance(failure.message(), cause);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // no such constructor, or it refused these arguments
        }
        try {
            return (Throwable) type.getConstructor(String.class).newInstance(failure.message());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return new RemoteTaskException(failure.className(), failure.message());
        }
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : RemoteThrowables.class.getClassLoader();
    }
}
