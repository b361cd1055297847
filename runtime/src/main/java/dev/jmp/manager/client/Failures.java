package dev.jmp.manager.client;

import dev.jmp.wire.RebuildPolicy;
import dev.jmp.wire.RemoteFailure;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a failure reported by a server back into an exception, by the wire's one
 * {@link RebuildPolicy}: the same type for the JDK's everyday exceptions and jmp's own (a checked
 * one only when the called method declares it); otherwise a {@code RemoteException} names the
 * remote class. Nothing is deserialized. The stack trace is the server's, followed by this
 * thread's, as Java RMI shows it.
 */
final class Failures {

    private Failures() {}

    static Throwable rebuild(RemoteFailure failure, Class<?>[] declared, String where) {
        Throwable t = RebuildPolicy.rebuild(failure, List.of(declared),
                (className, message, cause) -> LocalManager.api().remote(className, message, where, cause));
        List<StackTraceElement> frames = new ArrayList<>(failure.stackTrace());
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

    /** Throws {@code t} as it is; callers make sure it is unchecked or declared. */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
