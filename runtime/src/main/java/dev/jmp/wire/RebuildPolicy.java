package dev.jmp.wire;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.security.CodeSource;
import java.util.List;
import java.util.Objects;

/**
 * The one rule for turning a {@link RemoteFailure} back into an exception, wherever one arrives
 * (a pool task's, a manager call's). The same class is rebuilt only when it is one this side
 * knows in advance, never because the wire named it:
 *
 * <ul>
 *   <li>one of a fixed table of everyday JDK exceptions ({@code IllegalArgumentException},
 *       {@code IOException}, {@code NoSuchElementException}, {@code DateTimeException}, ...),
 *       each built by a constructor call written in that table; or one of jmp's own, a class
 *       of the jmp runtime itself (same code source), built by its public {@code (String,
 *       Throwable)} or {@code (String)} constructor;</li>
 *   <li>and unchecked, or a checked exception the called method declares;</li>
 * </ul>
 * or it is exactly a class the called method declares ({@code throws InsufficientFunds}): named
 * by this side's own signature, not by the wire, and built by its public {@code (String,
 * Throwable)} or {@code (String)} constructor. A subclass of a declared class is not enough.
 *
 * Anything else, an application's own exception classes included, arrives as the caller's
 * stand-in, which names the remote class (the pool's {@code RemoteTaskException}, the manager's
 * {@code RemoteException}). Either way the exception keeps the remote message, stack trace,
 * causes (rebuilt by the same rule) and suppressed ones.
 */
public final class RebuildPolicy {

    /** Makes the stand-in for a failure whose class is not rebuilt. */
    @FunctionalInterface
    public interface StandIn {
        Throwable of(String remoteClassName, String remoteMessage, Throwable cause);
    }

    private RebuildPolicy() {}

    /**
     * The exception {@code failure} describes.
     *
     * @param declared the checked exceptions the called method declares
     */
    public static Throwable rebuild(RemoteFailure failure, List<Class<?>> declared, StandIn standIn) {
        Throwable cause = failure.cause() == null ? null : rebuild(failure.cause(), declared, standIn);
        Throwable t = sameClass(failure, declared, cause);
        if (t == null) {
            t = standIn.of(failure.className(), failure.message(), cause);
        }
        if (cause != null && t.getCause() != cause) {
            try {
                t.initCause(cause);
            } catch (IllegalStateException | IllegalArgumentException e) {
                t.addSuppressed(cause); // the constructor fixed a cause of its own; keep the remote one visible
            }
        }
        t.setStackTrace(failure.stackTrace().toArray(new StackTraceElement[0]));
        for (RemoteFailure s : failure.suppressed()) {
            t.addSuppressed(rebuild(s, declared, standIn));
        }
        return t;
    }

    /** Whether the policy lets {@code type} be rebuilt as itself, for a method declaring {@code declared}. */
    public static boolean rebuildable(Class<?> type, List<Class<?>> declared) {
        if (declared.contains(type) && Throwable.class.isAssignableFrom(type)) {
            return true;
        }
        if (!Throwable.class.isAssignableFrom(type) || !known(type)) {
            return false;
        }
        if (RuntimeException.class.isAssignableFrom(type) || Error.class.isAssignableFrom(type)) {
            return true;
        }
        return declared.stream().anyMatch(d -> d.isAssignableFrom(type));
    }

    private static boolean known(Class<?> type) {
        return JdkExceptions.named(type.getName()) == type || jmpOwn(type);
    }

    /** A public class of this runtime's own code source: jmp's exceptions, not a look-alike named {@code dev.jmp.*}. */
    private static boolean jmpOwn(Class<?> type) {
        if (!type.getName().startsWith("dev.jmp.") || !Modifier.isPublic(type.getModifiers())) {
            return false;
        }
        CodeSource ours = RebuildPolicy.class.getProtectionDomain().getCodeSource();
        CodeSource theirs = type.getProtectionDomain().getCodeSource();
        return ours != null && theirs != null && Objects.equals(ours.getLocation(), theirs.getLocation());
    }

    private static Throwable sameClass(RemoteFailure failure, List<Class<?>> declared, Throwable cause) {
        Class<? extends Throwable> jdk = JdkExceptions.named(failure.className());
        if (jdk != null) {
            return rebuildable(jdk, declared) ? JdkExceptions.make(jdk, failure.message(), cause) : null;
        }
        for (Class<?> d : declared) {
            if (d.getName().equals(failure.className()) && Throwable.class.isAssignableFrom(d)) {
                return construct(d, failure.message(), cause);
            }
        }
        if (!failure.className().startsWith("dev.jmp.")) {
            return null; // not loaded at all: loading may run a static initializer of the sender's choosing
        }
        Class<?> type;
        try {
            type = Class.forName(failure.className(), false, RebuildPolicy.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        return rebuildable(type, declared) ? construct(type, failure.message(), cause) : null;
    }

    /** A {@code type} by its public message constructor, or null if it has none that takes these arguments. */
    private static Throwable construct(Class<?> type, String message, Throwable cause) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return null;
        }
        try {
            Constructor<?> withCause = type.getConstructor(String.class, Throwable.class);
            return (Throwable) withCause.newInstance(message, cause);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // no such constructor, or it refused these arguments
        }
        try {
            return (Throwable) type.getConstructor(String.class).newInstance(message);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
