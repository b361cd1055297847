/**
 * The child's side of a child JVM. Every child starts in {@link dev.jmp.launch.child.ChildMain},
 * whose environment contract is written where it reads it; it connects to its parent, is told to
 * run one task or to serve as a pool worker, and watches its parent
 * ({@link dev.jmp.launch.child.ParentWatchdog}) so that it never outlives it. Task entries are
 * loaded in one place, {@link dev.jmp.launch.child.TaskEntries}. A pool worker serves batches in
 * its {@link dev.jmp.launch.child.WorkerLoop} and keeps its progress in a
 * {@link dev.jmp.launch.child.WorkerProgress} file, which its parent reads when it dies. A warm
 * spare does the task-independent part of a start before it says hello ({@code SpareWarmUp}), and
 * while it waits to be claimed runs jmp's own hot paths until the JIT has compiled them
 * ({@code ChildWarmUp}, {@code HotPaths}), on objects of its own that it removes, when the machine
 * has room for it ({@link dev.jmp.base.MachineRoom}) and unless the parent's
 * {@code -Djmp.warmUp=false} says not to.
 * Once assigned, a child sends what it logs through jmp's loggers to its parent as records
 * ({@link dev.jmp.launch.child.ParentLog}); a task's stack trace, like Python's, stays text on its
 * stderr, which the parent quotes when the child dies.
 *
 * <p>Not user API: public only for the parent's side, which names the bootstrap and reads
 * progress files, and for the class-data archive, which exercises the bootstrap's path. The
 * module does not export the package: a child JVM starts its bootstrap from the class path.
 */
package dev.jmp.launch.child;
