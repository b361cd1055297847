/**
 * Synchronization between processes, living in shared memory: Python's {@code Lock},
 * {@code RLock}, {@code Semaphore}, {@code BoundedSemaphore}, {@code Condition}, {@code Event}
 * and {@code Barrier}. Each can be passed to a task in another process like the values of
 * {@link dev.jmp.shm}.
 *
 * <h2>Python to Java</h2>
 * <table>
 *   <caption>Synchronization primitives</caption>
 *   <tr><th>Python</th><th>jmp</th></tr>
 *   <tr><td>{@code Lock()}, {@code RLock()}</td><td>{@link dev.jmp.sync.Lock#create()}, {@link dev.jmp.sync.RLock#create()}</td></tr>
 *   <tr><td>{@code lock.acquire()}, {@code acquire(timeout=t)}, {@code acquire(False)}</td>
 *       <td>{@code acquire()}, {@code acquire(Duration)}, {@code tryAcquire()}</td></tr>
 *   <tr><td>{@code with lock:}</td><td>{@code try (Held held = lock.hold()) { ... }}</td></tr>
 *   <tr><td>{@code lock.locked()} ({@code Lock} and {@code RLock})</td><td>{@code isLocked()}</td></tr>
 *   <tr><td>{@code Value('i', 0, lock=l)}, {@code v.get_lock()}</td>
 *       <td>{@code IntValue.create(0, l)}, {@code v.getLock()}: a {@link dev.jmp.sync.ProcessLock}, the common type of
 *           {@code Lock} and {@code RLock}</td></tr>
 *   <tr><td>{@code Semaphore(2)}, {@code BoundedSemaphore(2)}</td>
 *       <td>{@link dev.jmp.sync.Semaphore#create Semaphore.create(2)}, {@link dev.jmp.sync.BoundedSemaphore#create BoundedSemaphore.create(2)}</td></tr>
 *   <tr><td>{@code Condition(lock)}: {@code wait}, {@code wait_for}, {@code notify(n)}, {@code notify_all}</td>
 *       <td>{@link dev.jmp.sync.Condition#create(Lock)}: {@code await}, {@code awaitFor}, {@code signal(n)}, {@code signalAll}</td></tr>
 *   <tr><td>{@code Event()}: {@code set}, {@code clear}, {@code is_set}, {@code wait(timeout)}</td>
 *       <td>{@link dev.jmp.sync.Event#create()}: {@code set}, {@code clear}, {@code isSet}, {@code await(Duration)}</td></tr>
 *   <tr><td>{@code Barrier(n, action, timeout)}: {@code wait}, {@code abort}, {@code reset}</td>
 *       <td>{@link dev.jmp.sync.Barrier#create(int, Runnable, java.time.Duration)}: {@code await}, {@code abort}, {@code reset}</td></tr>
 *   <tr><td>{@code BrokenBarrierError}, {@code ValueError} (over-release), {@code AssertionError} (not owner)</td>
 *       <td>{@link java.util.concurrent.BrokenBarrierException}, {@link IllegalStateException},
 *           {@link IllegalMonitorStateException}</td></tr>
 * </table>
 * Every blocking call has a form with a {@link java.time.Duration} timeout. {@code Lock} and
 * {@code RLock} {@code acquire()} are not interruptible (like {@code java.util.concurrent.locks.Lock#lock});
 * every other blocking call throws {@link InterruptedException}.
 *
 * <h2>Waiting</h2>
 * A waiter spins briefly, then yields, then parks with a sleep that grows from 20 µs up to
 * 10 ms. A hand-off between two busy processes costs microseconds; a waiter notices a change
 * after about a seventh of the time it has already waited, never later than 10 ms, and a waiter
 * idle for long wakes a hundred times a second, using well under 1% of a core. The strategy sits behind
 * one small interface, {@code WaitStrategy}, so a kernel-assisted one (futex) can replace it.
 *
 * <h2>Processes that die</h2>
 * Python hangs forever when a process dies holding a lock; jmp does not. A {@link dev.jmp.sync.Lock}
 * or {@link dev.jmp.sync.RLock} records its owner (pid, process start time, thread) in one word.
 * A waiter that has been parked checks, every 10 ms, whether the owner's process still exists
 * with the same start time; if not, it takes the lock over with a compare-and-set. Like a robust
 * mutex's {@code EOWNERDEAD}, the take-over is reported: {@link dev.jmp.sync.Held#recovered()} and
 * {@code wasRecovered()} return true, and a {@code [jmp.sync.owner-died]} warning is logged to
 * the {@code dev.jmp.sync} {@link System.Logger}. The caller should repair or discard what the
 * lock guards. {@link dev.jmp.sync.Semaphore} permits are attributed to the processes holding
 * them (32 processes per semaphore) and given back when those die. A dead party of a
 * {@link dev.jmp.sync.Barrier} or a dead waiter on a {@link dev.jmp.sync.Condition} cannot be
 * told apart from a slow one: use timeouts there. Owners are identified by pid, so the processes
 * must share a pid namespace, as a program and its child JVMs do.
 *
 * <h2>Layers</h2>
 * The types here are the API; the state machines under them (owner words, permit holders,
 * barrier state, waiter slots, the wait strategy, the wait table) are in
 * {@link dev.jmp.sync.primitive}, over words of shared memory, with one layout descriptor per
 * structure that the deadlock detector reads too. {@link dev.jmp.sync.ProcessShareable}, the mark of
 * everything that crosses to another process as a handle, lives here because every other kind
 * of shared object (values, queues, connections, proxies) builds on the locks.
 */
package dev.jmp.sync;
