/**
 * Diagnostics of multiprocess programs: {@link dev.jmp.diagnostics.Deadlocks} finds deadlocks
 * among jmp locks, semaphores and barriers across processes and reports each as a {@link dev.jmp.diagnostics.Deadlock},
 * with the stack of every thread involved. {@code mvn jmp:verify} stops a deadlocked program with
 * this report, and {@code jmp:run} prints it when a run times out.
 *
 * <p>Python's {@code multiprocessing} has no counterpart: there a deadlocked program just hangs.
 */
package dev.jmp.diagnostics;
