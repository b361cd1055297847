/**
 * Runtime-internal, not user API: the bottom layer, which imports nothing but the JDK and which
 * every other package may use. Public types here are public only so that the runtime's other
 * packages can use them; the module does not export the package.
 *
 * <ul>
 *   <li>{@link dev.jmp.base.ProcessIdentity} (a pid plus its start time, so that a reused pid is
 *       not taken for the recorded process) and {@link dev.jmp.base.ProcessName} (Python's
 *       {@code current_process().name}): who this process is, and whether another one lives;</li>
 *   <li>{@link dev.jmp.base.ShutdownSequence}: the one JVM shutdown hook, finishing executors'
 *       work, then running children's and resources' clean-up in a fixed order, and
 *       {@link dev.jmp.base.ExitSignal}, which tells an exit begun by a signal from a
 *       {@code System.exit}, since the sequence ends promptly after a signal;</li>
 *   <li>{@link dev.jmp.base.RuntimeDirectories}: where the runtime's files live (shared memory,
 *       private directories, the class-data cache), and the sweep of dead runtimes' files; a
 *       thread may send the shared objects it makes to a private directory instead, for objects
 *       no other process attaches to (a child's warm-up);</li>
 *   <li>{@link dev.jmp.base.PrivateDirectory}: this runtime's own directory (mode 0700) for its
 *       control socket, its managers' sockets and key files and its workers' progress files,
 *       removed at exit; it has no owner above this layer, so the link, the pool and the
 *       managers each find it here;</li>
 *   <li>{@link dev.jmp.base.MappedFile}: every file the runtime maps, with one header (magic,
 *       layout version, size) and one way to clean it up;</li>
 *   <li>{@link dev.jmp.base.Deadline}: every timed wait's deadline, {@code Deadline.NONE} being
 *       the one "no deadline", and {@link dev.jmp.base.FutureWait}, the one wait on a future that
 *       completes when a process ends (a thread's, a cluster member's child, one known by pid);</li>
 *   <li>{@link dev.jmp.base.MachineRoom}: whether the machine has room for background work (a
 *       spare's warm-up in the child, the boot of a claimed spare's replacement in the parent),
 *       from Linux's {@code /proc/stat};</li>
 *   <li>{@link dev.jmp.base.JmpLog}: the one route of everything jmp reports on its own, to a
 *       {@link System.Logger} of a documented name ({@code dev.jmp.pool}, ...), or to the parent
 *       of a child ({@link dev.jmp.base.LogForwarder}), or as a plain line on stderr while nobody
 *       configured the JDK's logging; logging starts only when there is a record.</li>
 * </ul>
 */
package dev.jmp.base;
