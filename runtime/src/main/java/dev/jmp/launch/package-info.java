/**
 * Starting child JVMs and living with them: the command line ({@link dev.jmp.launch.ForkCommand},
 * {@link dev.jmp.launch.InheritedJvmOptions}, the heap of {@link dev.jmp.launch.ChildHeap}), the child's bootstrap
 * ({@link dev.jmp.launch.ChildMain}) and its {@link dev.jmp.launch.ParentWatchdog}, the parent's
 * view of a child ({@link dev.jmp.launch.ChildProcess}), output forwarding
 * ({@link dev.jmp.launch.OutputPump}), Python's exit-code convention
 * ({@link dev.jmp.launch.ExitStatus}) and what happens at exit
 * ({@link dev.jmp.launch.ChildRegistry}, {@link dev.jmp.base.ShutdownSequence}). A pool worker
 * is a child in worker mode: its {@link dev.jmp.launch.WorkerLoop} serves batches of tasks,
 * keeping the running one in its {@link dev.jmp.launch.WorkerProgress} file, with entries from
 * {@link dev.jmp.launch.TaskEntries}. Warm spares ({@code Spares}, {@link dev.jmp.launch.SparePolicy})
 * are children started without a task, claimed later; while they wait they do the task-independent
 * part of a child's start ({@code SpareWarmUp}).
 *
 * <p>Not user API: public only so {@code dev.jmp} and {@code dev.jmp.pool} can use it.
 */
package dev.jmp.launch;
