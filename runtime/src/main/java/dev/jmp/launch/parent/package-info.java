/**
 * The parent's side of a child JVM: the command line ({@link dev.jmp.launch.parent.ForkCommand},
 * {@link dev.jmp.launch.parent.InheritedJvmOptions}, {@link dev.jmp.launch.parent.ChildHeap},
 * {@link dev.jmp.launch.parent.ChildTuning} for what a context chose, {@code ChildDefaults} for
 * what every child gets unless its options say otherwise),
 * the cold start ({@link dev.jmp.launch.parent.ChildLauncher}) of a child described by a
 * {@link dev.jmp.launch.parent.ChildSpec}, the parent's view of it
 * ({@link dev.jmp.launch.parent.ChildProcess}), output forwarding
 * ({@link dev.jmp.launch.parent.OutputPump}), Python's exit-code convention
 * ({@link dev.jmp.launch.parent.ExitStatus}) and what happens to children at exit
 * ({@link dev.jmp.launch.parent.ChildRegistry}).
 *
 * <p>A child has either one task (a process) or a session that talks to it (a pool worker, whose
 * session is its worker backend's). A {@code ChildProcess} may also be a warm spare, started
 * without either and claimed later; {@code dev.jmp.launch.spares} keeps them and starts children
 * warm or cold.
 *
 * <p>Not user API: public for the API, the worker backends and the managers; the module does not
 * export the package.
 */
package dev.jmp.launch.parent;
