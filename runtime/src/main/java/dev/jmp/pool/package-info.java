/**
 * Pools of worker JVMs: {@link dev.jmp.pool.Pool} (Python's {@code multiprocessing.Pool}) and
 * {@link dev.jmp.pool.ProcessPoolExecutor} (Python's {@code concurrent.futures} executor, as a
 * {@link java.util.concurrent.ExecutorService}).
 *
 * <h2>Structure</h2>
 * Both are faces of one engine, {@code WorkerPool}, which keeps the queue, cuts it into batches
 * ({@code Batching}), keeps each task (and with it the decoder of its result) until its outcome is
 * delivered, and settles dead workers' batches ({@code WorkerDeaths}). Everything several threads
 * change (lifecycle, queue, workers, what each holds) lives in {@code PoolState}, behind one lock,
 * with its invariant written there; the workers' comings and goings (starts, idleness,
 * retirement, release to the next pool, replacement, exits) are its part {@code WorkerTurnover},
 * under the same lock, which states their share of it. Where batches run is a {@link dev.jmp.spi.WorkerBackend}
 * chosen by the pool's context: local worker JVMs for {@code SPAWN} and {@code WARM}
 * ({@code dev.jmp.backend}, which also describes a batch's way end to end), a cluster backend for
 * {@code CLUSTER}. The pool holds at most the backend's credit of batches per worker (or its
 * {@code chunkCredit} of a map's chunks), so a dead worker loses only what it held.
 *
 * <h2>Decisions, by analogy with Python</h2>
 * <ul>
 *   <li><b>Tasks.</b> A task is a {@link dev.jmp.Task} from a generated factory; a map takes the
 *       factory method ({@code pool.map(MathsTasks::square, xs)}), which is called on the caller's
 *       thread, so an argument that cannot be encoded fails the call before anything is sent.
 *       {@code starmap} takes bound tasks, or a two-argument factory and {@code Map.Entry} pairs.</li>
 *   <li><b>Names.</b> Python's {@code Pool.close()} is {@code shutdown()}, as in
 *       {@code ExecutorService}; {@code Pool.close()} is {@code AutoCloseable}'s and terminates,
 *       as Python's {@code with Pool()} does (its idle workers go to the next pool, see
 *       below), while the executor's {@code close()} shuts down and
 *       waits, as both Python's {@code with} and Java 19's {@code ExecutorService.close()} do.</li>
 *   <li><b>Failures.</b> A task's exception crosses as data (class, message, stack trace, cause
 *       chain, suppressed) and is rebuilt as the same class when it has a public
 *       {@code (String, Throwable)} or {@code (String)} constructor, otherwise as a
 *       {@link dev.jmp.pool.RemoteTaskException}; nothing is deserialized. {@code AsyncResult.get}
 *       and futures throw {@code ExecutionException} with it as the cause; the blocking verbs
 *       throw {@link dev.jmp.pool.TaskFailedException}, since Java cannot rethrow an undeclared
 *       checked exception as Python does.</li>
 *   <li><b>Dead workers.</b> Python's {@code Pool} hangs when a worker dies and its executor breaks
 *       for good. Here the task the worker was running fails with a
 *       {@link dev.jmp.pool.WorkerDiedException} (pid, and Python's exit code: {@code -N} for
 *       signal N whoever sent it), the tasks it had finished keep their results (a worker logs
 *       each outcome in a memory-mapped file before it starts the next task, so those it had not
 *       sent yet are read from there), tasks it had not started go to its replacement, and the
 *       pool goes on. A worker killed by a signal before it is ready is replaced the same way.
 *       The pool breaks ({@link dev.jmp.pool.BrokenPoolException}) only when an initializer
 *       throws (its exception is logged in full under {@code dev.jmp.pool} first, as Python's
 *       worker prints its traceback, by the pool, so that it is there before anyone learns of the break) or a
 *       worker ends on its own before it is ready (bad JVM options or class path),
 *       where retrying would fail again, or when five starts in a row are lost to signals or
 *       failed launches, where something kills the workers as they start. The constructor of a
 *       pool or executor returns once its first worker's process is up (a JVM boot, not the
 *       initializer), so one whose workers cannot start at all throws there, as Python's
 *       {@code Pool} raises when its processes cannot start.</li>
 *   <li><b>Starting workers.</b> A {@code Pool} starts all its workers at once, as Python's does.
 *       An executor starts one, then another for each task that no idle worker takes, up to
 *       {@code maxWorkers}, as Python's executor does: sequential tasks reuse one idle worker.</li>
 *   <li><b>Cancelling.</b> Python's {@code Future.cancel()} only cancels a task no worker has yet.
 *       Here {@code cancel(true)} of an executor's running task also stops it, the one sound way
 *       to stop code in another JVM: its worker is killed and replaced, and the tasks that worker
 *       had in hand are settled as for any dead worker (the ones it had not started run elsewhere;
 *       the others fail with a {@link dev.jmp.pool.WorkerDiedException} saying it was killed to
 *       cancel that task). {@code cancel(false)} of a running task returns false, as in
 *       {@code java.util.concurrent}. A task runs once a worker has it, as in Python. The executor's
 *       {@code invokeAll} with a timeout and {@code invokeAny} cancel what is left with
 *       {@code cancel(true)}, as {@code ExecutorService} specifies.</li>
 *   <li><b>{@code map(..., timeout)}</b> of the executor keeps Python's meaning: the time runs from
 *       the call to {@code map}; a late result makes {@code next()} throw a
 *       {@link dev.jmp.pool.MapTimeoutException} (unchecked, an {@code Iterator} being unable to
 *       throw {@code TimeoutException}), the map's tasks not yet started are cancelled and the
 *       iterator ends; the running ones finish, as in Python.</li>
 *   <li><b>Batches.</b> {@code chunksize} keeps Python's meaning and default (about four chunks per
 *       worker); each chunk is one message. Tasks submitted one at a time that queue up while
 *       every worker is busy go to the next free worker together, a fair share and at most 2 ms
 *       of work by the workers' own timings of recent tasks (512 tasks at most), so 5,000 tiny
 *       {@code applyAsync} calls do not cost 5,000 round trips, while tasks of a millisecond or
 *       more still go one at a time to whichever worker is free, as in Python.</li>
 *   <li><b>Chunks of a map.</b> {@code map}, {@code mapAsync}, {@code starmap} of a factory,
 *       {@code imap}, {@code imapUnordered} and the executor's {@code map} call the function on
 *       the caller's thread while capturing ({@code dev.jmp.internal.task.ArgumentCapture}): the
 *       first factory call made for an item writes its arguments into the current chunk's one
 *       buffer (as Python pickles a chunk as one object) instead of an array and a task each, if
 *       the function returns that call's task. A chunk travels as one frame, runs in its entry's
 *       generated loop and its results come back in one frame, decoded where they lie into the
 *       map's list; every task keeps its own outcome, as before. Within one chunk an argument of
 *       a reference type that is the same object as an earlier one is sent once and is, in the
 *       worker, the same object for each of those tasks, as pickle's memo makes it: a task that
 *       mutates such an argument is seen by the next. An equal but distinct object is sent again.
 *       A task the function made elsewhere, or returned for a second item, keeps its place in the
 *       results and travels on its own or with its chunk. {@code apply}, {@code applyAsync},
 *       {@code submit} and {@code starmap} of bound tasks send tasks made one by one, as ever.
 *       A local worker running a chunk is sent the next one (two in flight), so that it starts
 *       it without waiting for the round trip to the pool, which matters for {@code imap} with
 *       small chunks: only a chunk of at most 64 KiB of arguments, which the control socket
 *       holds until the worker reads it, only while the queue still has a chunk for every other
 *       worker (so none idles at the end of a map while another holds two), and never a chunk
 *       of the executor's {@code map} with a timeout, whose chunks not started are cancelled.
 *       A second chunk is a task not started: when its worker dies, its tasks run on the
 *       replacement, as the unstarted rest of the first chunk does, and a worker released to the
 *       next pool holds nothing. Single tasks never wait behind another batch in a worker.</li>
 *   <li><b>{@code maxTasksPerChild}</b> counts tasks, each task of a chunk included (Python counts a
 *       chunk as one), so a worker never runs more tasks than the limit.</li>
 *   <li><b>{@code imap}</b> reads its input on the consuming thread, a few chunks ahead of the
 *       consumer (Python reads it all on a thread of its own), so an endless input works. An input
 *       that throws ends the results as in Python: those of the whole chunks read before it come
 *       first, then {@code next()} throws its exception. The executor's {@code map} submits
 *       everything at once, as Python's does, so its input's exception is thrown by {@code map}.</li>
 *   <li><b>Threads.</b> A pool has no thread of its own: the submitting thread hands work to an
 *       idle worker, and each worker's reader thread sends the next batch and runs callbacks,
 *       which should therefore return quickly and never wait on the pool. As in Python, an
 *       {@code AsyncResult} is ready only once its callback has returned, so whoever waits on it
 *       sees what the callback did.</li>
 *   <li><b>Lifetime.</b> A pool never closed neither keeps the JVM alive nor outlives it; an
 *       executor never shut down first finishes its work at exit, as Python joins its executors
 *       ({@code ExecutorsAtExit}), unless a signal ends the program. As in Python, a
 *       {@code Pool}'s workers are daemons, which may not start children, and an executor's are
 *       not, so its tasks may start processes. {@code terminate()} and {@code shutdownNow()} return
 *       once no worker is left. The executor's {@code shutdown(true)} is Python's
 *       {@code cancel_futures=True}: the tasks no worker has are cancelled, the running ones
 *       finish. Its {@code terminateWorkers()} and {@code killWorkers()} are Python 3.14's: they
 *       cancel those too, signal every worker and break the executor, so a running task fails
 *       with a {@code BrokenPoolException}, as Python's with {@code BrokenProcessPool}; unlike
 *       Python's, they return once no worker is left.
 *       A pool that becomes unreachable while still running, never closed, shut down or
 *       terminated, has its workers terminated once it is garbage collected, with a
 *       {@code [jmp.pool.unclosed]} warning naming where it was created (Python's
 *       {@code ResourceWarning}), so a long-running program does not leak worker JVMs. Its
 *       pending results, futures and iterators keep it reachable, so it finishes their tasks
 *       first, as Python's {@code ApplyResult} does.</li>
 *   <li><b>Reused workers</b> (loky's reusable executor; {@code Context.withWorkerReuse}, on by
 *       default with an idle timeout of 5 s, {@code -Djmp.workerReuse=false} turns it off). The
 *       workers a pool is done with go to a process-wide reservoir ({@code dev.jmp.backend}) and
 *       the next pool or executor takes them warm: those of {@code shutdown()} once the queue is
 *       empty, and on {@code Pool.close()} those that run no task (the ones running one are
 *       stopped with it, as {@code terminate()} stops them). A worker goes only to a pool whose
 *       workers would start the same way: same {@code java}, class path, JVM options (the heap
 *       included) and initializer, entry and arguments alike, since a worker that ran one pool's
 *       initializer must not serve a pool with another or none. Never reused: the workers of
 *       {@code terminate()}, {@code shutdownNow()}, {@code terminateWorkers()},
 *       {@code killWorkers()}, an unclosed pool's, workers that died or were killed (to cancel a
 *       task, or while parked), those of a pool with {@code maxTasksPerChild} (it replaces workers
 *       to free what tasks leak, so it neither hands them on nor takes any), and a worker whose
 *       tasks left a child process or a non-daemon thread running (it exits instead).
 *       <table>
 *         <caption>What a reused worker keeps from the pools before it</caption>
 *         <tr><th>reset for the next pool</th><th>kept, as in a reused Python worker</th></tr>
 *         <tr><td>{@code currentProcess()}: name, daemon flag (a {@code Pool}'s workers are
 *             daemons, an executor's not), parent; the interrupt flag; the progress file; the
 *             pool's initializer runs again before its first task; output is flushed before it
 *             parks</td>
 *             <td>static fields of the tasks' classes and all they reference, thread-locals of
 *             the task thread, system properties, daemon threads the tasks started, open files
 *             and sockets, shared-memory objects a task kept attached, loaded classes and the
 *             JIT's compiled code (what makes it warm), its pid</td></tr>
 *       </table></li>
 * </ul>
 */
package dev.jmp.pool;
