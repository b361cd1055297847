/**
 * Runtime-internal, not user API: the state machines of the synchronization primitives, over
 * words of shared memory ({@link dev.jmp.memory.SharedWords}). The user types of
 * {@link dev.jmp.sync} are thin over them, and the queues of {@code dev.jmp.ring} use them
 * directly. Public types here are public only so that those packages can use them; the module
 * does not export the package.
 *
 * <ul>
 *   <li>Layouts, one descriptor class of word indexes per structure: {@link LockLayout},
 *       {@link SemaphoreLayout}, {@link BarrierLayout}, {@link EventLayout},
 *       {@link ConditionLayout} and, for the file of recorded waits, {@link WaitTableLayout}.
 *       The deadlock detector ({@code dev.jmp.diagnostics}) reads other processes' objects and
 *       wait tables through the same descriptors.</li>
 *   <li>State machines: {@link OwnerWord} (a lock's owner word, taken over when its owner's
 *       process died), {@link EventWord}, {@link SemaphoreState} (with the {@code PermitHolders}
 *       that give back the permits of the dead), {@link BarrierState}, {@link WaiterSlots}.</li>
 *   <li>Waiting: every blocking call waits through a {@code WaitLoop}, and so through one small
 *       {@code WaitStrategy} (spin, yield, then park with a growing sleep), so that a
 *       kernel-assisted strategy (futex) can replace it. Waits that park are recorded
 *       ({@code WaitRecorder}) in this process's wait table for the deadlock detector.</li>
 * </ul>
 * Owners are identified by a token in one word: the pid and start time of the process and a
 * thread slot ({@code OwnerTokens}), so that a dead owner is recognised even after pid reuse.
 */
package dev.jmp.sync.primitive;
