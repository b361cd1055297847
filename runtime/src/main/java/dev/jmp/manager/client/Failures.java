package dev.jmp.manager.client;

import dev.jmp.manager.wire.RemoteFailure;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a failure reported by a server back into an exception. The same type is rebuilt when it
 * is safe to: the class is on this class path, is a {@code RuntimeException}, a JDK
 * {@code Error} or a checked exception the called method declares, and has a public
 * {@code (String, Throwable)}, {@code (String)} or no-argument constructor; nothing is
 * deserialized. Otherwise a {@code RemoteException} names the remote class. The stack trace is
 * the server's, followed by this thread's, as Java RMI shows it.
 */
final class Failures {

    private Failures() {}

    static Throwable rebuild(RemoteFailure failure, Class<?>[] declared, String where) {
        Throwable t = rebuildChain(failure, declared, where);
        List<StackTraceElement> frames = new ArrayList<>(failure.stack());
        boolean plumbing = true; // this class and LocalCore: the caller's part starts at the proxy's method
        for (StackTraceElement e : new Throwable().getStackTrace()) {
            plumbing &= isPlumbing(e);
            if (!plumbing) {
                frames.add(e);
            }
        }
        t.setStackTrace(frames.toArray(StackTraceElement[]::new));
        return t;
    }

    private static boolean isPlumbing(StackTraceElement e) {
        return e.getClassName().equals(Failures.class.getName()) || e.getClassName().equals(LocalCore.class.getName());
    }

    private static Throwable rebuildChain(RemoteFailure failure, Class<?>[] declared, String where) {
        Throwable cause = failure.cause() == null ? null : rebuildChain(failure.cause(), new Class<?>[0], where);
        Throwable t = sameType(failure, declared, cause);
        if (t == null) {
            t = LocalManager.api().remote(failure.className(), failure.message(), where, cause);
        }
        t.setStackTrace(failure.stack().toArray(StackTraceElement[]::new));
        return t;
    }

    private static Throwable sameType(RemoteFailure failure, Class<?>[] declared, Throwable cause) {
        Class<?> type;
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            type = Class.forName(failure.className(), false, loader != null ? loader : Failures.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        if (!allowed(type, declared)) {
            return null;
        }
        try {
            Throwable t = instantiate(type, failure.message(), cause);
            if (cause != null && t.getCause() == null) {
                t.initCause(cause);
            }
            return t;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static boolean allowed(Class<?> type, Class<?>[] declared) {
        if (RuntimeException.class.isAssignableFrom(type)) {
            return true;
        }
        if (Error.class.isAssignableFrom(type)) {
            return type.getName().startsWith("java.");
        }
        for (Class<?> d : declared) {
            if (d.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable instantiate(Class<?> type, String message, Throwable cause) throws ReflectiveOperationException {
        for (Constructor<?> c : type.getConstructors()) {
            Class<?>[] p = c.getParameterTypes();
            if (p.length == 2 && p[0] == String.class && p[1] == Throwable.class) {
                return (Throwable) c.newInstance(message, cause);
            }
        }
        try {
            return (Throwable) type.getConstructor(String.class).newInstance(message);
        } catch (NoSuchMethodException e) {
            return (Throwable) type.getConstructor().newInstance();
        }
    }

    /** Throws {@code t} as it is; callers make sure it is unchecked or declared. */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
