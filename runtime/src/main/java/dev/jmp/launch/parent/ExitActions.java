package dev.jmp.launch.parent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs the actions on children's exits, on threads that are kept. Each stage made from a
 * {@code Process.onExit()} completes on the common pool, which on a machine of two CPUs or fewer
 * is a new thread per stage: the four or five actions of a child's exit (the launcher's report,
 * the registry, the reservoir, the {@code Process} sentinel) each made one, some 1.7 ms of the
 * parent's CPU per exit, measured in every claim of a warm spare. A child makes one
 * {@code onExit()}, and its actions hang on it here, each still asynchronous to its caller.
 */
final class ExitActions {

    private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "jmp-child-exit");
        thread.setDaemon(true);
        return thread;
    });

    private ExitActions() {}

    /** Runs {@code action} on a kept thread once {@code exited} has completed. */
    static void after(CompletableFuture<?> exited, Runnable action) {
        exited.thenRunAsync(action, POOL);
    }
}
