package dev.jmp.base;

import java.util.ArrayList;
import java.util.List;

/**
 * jmp's single JVM shutdown hook, running its actions in a fixed order. Separate hooks would run
 * concurrently, and the order matters: children are stopped or joined first, while the control
 * socket and shared memory they use still exist; those are removed after.
 */
public final class ShutdownSequence {

    /** When an action runs; phases run in declaration order. */
    public enum Phase {
        /** Terminate daemon children, join the others. */
        CHILDREN,
        /** Remove control sockets, shared memory and other files. */
        RESOURCES
    }

    private static final List<List<Runnable>> ACTIONS = new ArrayList<>();
    private static boolean installed;
    private static volatile boolean started;

    private ShutdownSequence() {}

    /** Runs {@code action} at JVM exit, in {@code phase}; actions of one phase run in order added. */
    public static synchronized void add(Phase phase, Runnable action) {
        if (!installed) {
            for (int i = 0; i < Phase.values().length; i++) {
                ACTIONS.add(new ArrayList<>());
            }
            Thread hook = new Thread(ShutdownSequence::runAll, "jmp-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            installed = true;
        }
        ACTIONS.get(phase.ordinal()).add(action);
    }

    /** Whether the JVM is exiting and the sequence has begun: nothing new should be started. */
    public static boolean hasStarted() {
        return started;
    }

    private static void runAll() {
        started = true;
        List<List<Runnable>> phases;
        synchronized (ShutdownSequence.class) {
            phases = new ArrayList<>(ACTIONS);
        }
        for (List<Runnable> phase : phases) {
            for (Runnable action : List.copyOf(phase)) {
                try {
                    action.run();
                } catch (RuntimeException | Error e) {
                    System.err.println("[jmp] shutdown action failed: " + e);
                }
            }
        }
    }
}
