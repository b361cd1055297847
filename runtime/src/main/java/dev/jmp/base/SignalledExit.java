package dev.jmp.base;

import java.lang.System.Logger.Level;
import java.security.CodeSource;

/**
 * What Ctrl-C (SIGINT), SIGTERM or SIGHUP does to a program waiting in a jmp call. The exit stops
 * every pool's workers, so a thread waiting in a pool call, the main thread in {@code Pool.map}
 * say, sees its call fail, and the JVM would print that failure's stack trace as the program ends:
 * a trace of jmp's insides that says nothing about the program. Instead, as the exit begins, one
 * line is logged under {@link JmpLog#PROCESS} if the main thread waits in a jmp call,
 * {@code [jmp.interrupted] SIGINT while thread "main" waited in Pool.map; stopping the program},
 * and an exception thrown out of a jmp call from then on ends its thread silently. Any other
 * exception is reported as it would have been.
 */
final class SignalledExit implements Thread.UncaughtExceptionHandler {

    private final Thread.UncaughtExceptionHandler previous;

    private SignalledExit(Thread.UncaughtExceptionHandler previous) {
        this.previous = previous;
    }

    /** Called when the exit began with {@code signal}, before anything is stopped. */
    static void install(int signal) {
        Thread.setDefaultUncaughtExceptionHandler(new SignalledExit(Thread.getDefaultUncaughtExceptionHandler()));
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("main") && t.getThreadGroup() != null && t.getThreadGroup().getName().equals("main")) {
                String call = jmpCall(t.getStackTrace(), true);
                if (call != null) {
                    JmpLog.log(JmpLog.PROCESS, Level.WARNING, "[jmp.interrupted] " + name(signal) + " while thread \""
                            + t.getName() + "\" waited in " + call + "; stopping the program");
                }
                return;
            }
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        if (jmpCall(e.getStackTrace(), false) == null) {
            reportAsUsual(thread, e);
        }
    }

    private void reportAsUsual(Thread thread, Throwable e) {
        if (previous != null) {
            previous.uncaughtException(thread, e);
        } else {
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            e.printStackTrace(System.err);
        }
    }

    /**
     * The jmp method the program called, {@code Pool.map}: the last of jmp's frames on top of
     * {@code stack}, below the JDK's when {@code waiting} (a thread parked in a jmp call); null
     * when the top frame is not jmp's.
     */
    private static String jmpCall(StackTraceElement[] stack, boolean waiting) {
        int i = 0;
        while (waiting && i < stack.length && isJdks(stack[i].getClassName())) {
            i++;
        }
        String call = null;
        for (; i < stack.length && isJmps(stack[i].getClassName()); i++) {
            String type = stack[i].getClassName();
            call = type.substring(type.lastIndexOf('.') + 1).replace('$', '.') + "." + stack[i].getMethodName();
        }
        return call;
    }

    private static boolean isJdks(String className) {
        return className.startsWith("java.") || className.startsWith("jdk.") || className.startsWith("sun.");
    }

    /** Whether {@code className} is a class of this runtime, loaded from where this class was. */
    private static boolean isJmps(String className) {
        if (!className.startsWith("dev.jmp.")) {
            return false;
        }
        try {
            CodeSource ours = SignalledExit.class.getProtectionDomain().getCodeSource();
            Class<?> type = Class.forName(className, false, SignalledExit.class.getClassLoader());
            CodeSource its = type.getProtectionDomain().getCodeSource();
            return ours == null ? its == null : its != null && ours.getLocation().equals(its.getLocation());
        } catch (ClassNotFoundException | LinkageError | SecurityException e) {
            return false;
        }
    }

    private static String name(int signal) {
        switch (signal) {
            case 2:
                return "SIGINT";
            case 15:
                return "SIGTERM";
            case 1:
                return "SIGHUP";
            default:
                return "signal " + signal;
        }
    }
}
