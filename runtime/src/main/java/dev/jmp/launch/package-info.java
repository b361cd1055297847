/**
 * Starting child JVMs and living with them: the command line ({@link dev.jmp.launch.ForkCommand},
 * {@link dev.jmp.launch.InheritedJvmOptions}), the child's bootstrap
 * ({@link dev.jmp.launch.ChildMain}) and its {@link dev.jmp.launch.ParentWatchdog}, the parent's
 * view of a child ({@link dev.jmp.launch.ChildProcess}), output forwarding
 * ({@link dev.jmp.launch.OutputPump}), Python's exit-code convention
 * ({@link dev.jmp.launch.ExitStatus}) and what happens at exit
 * ({@link dev.jmp.launch.ChildRegistry}, {@link dev.jmp.launch.ShutdownSequence}).
 *
 * <p>Not user API: public only so {@code dev.jmp} can use it.
 */
package dev.jmp.launch;
