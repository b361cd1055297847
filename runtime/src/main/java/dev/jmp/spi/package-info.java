/**
 * The service-provider interface of jmp's backends: where pools run their batches and processes
 * their task. It is public only so that a backend in another module (a cluster engine, found
 * through {@link java.util.ServiceLoader} as a {@link dev.jmp.spi.BackendProvider}) can implement
 * it (the module exports it for that); it is not user API, and it changes with jmp's releases. Programs choose a backend by
 * context ({@code Multiprocessing.getContext(StartMethod.CLUSTER)}), never by naming these types.
 * The built-in backends run local child JVMs, the reference for everything below, and threads of
 * this JVM ({@code dev.jmp.backend}).
 *
 * <h2>The worker backend of a pool</h2>
 * A {@code Pool} or {@code ProcessPoolExecutor} keeps its queue, cuts it into batches (a chunk of
 * a map, or single tasks coalesced), keeps each task's result decoder and delivers outcomes; it
 * talks to "where batches run" only through a {@link dev.jmp.spi.WorkerBackend}: it asks for
 * workers ({@code worker(name, events).start()}), sends each a batch
 * ({@link dev.jmp.spi.WorkerHandle#send}), retires or kills it, and learns of its readiness,
 * outcomes and death through its {@link dev.jmp.spi.WorkerEvents}. A task crosses as a
 * {@link dev.jmp.internal.TaskCall}: the name of its generated worker entry and its encoded
 * arguments, never as code. A backend whose {@link dev.jmp.spi.WorkerBackend#runsChunks()} says
 * so is also sent parts of a map's chunks ({@link dev.jmp.spi.WorkerHandle#sendChunk}), answered
 * the same way; the others get a task per item. An implementation guarantees:
 * <ul>
 *   <li><b>Ordering.</b> A worker runs the batches it is sent in the order sent, and the tasks of
 *       a batch in order, one at a time. Outcomes come back in that order, a batch possibly in
 *       several parts ({@code first} counting from the batch's first task), never two parts at
 *       once for one worker.</li>
 *   <li><b>Outcome encoding.</b> An {@link dev.jmp.spi.Outcome} holds exactly the bytes the entry's
 *       {@code invoke} returned, or for a task that threw, the failure as jmp's workers encode it
 *       (class, message, stack trace, cause, suppressed; nothing Java-serialized). A backend runs
 *       tasks through jmp's own worker loop, or encodes the same way.</li>
 *   <li><b>Initializer.</b> Before its first batch a worker runs the pool's initializer, if any,
 *       and says {@link dev.jmp.spi.WorkerEvents#ready} with its outcome.</li>
 *   <li><b>Death.</b> Every worker that was started reports {@link dev.jmp.spi.WorkerEvents#exited}
 *       exactly once, after every outcome it sent has been delivered, whatever ended it: a retire,
 *       a kill, a crash, or the loss of its machine (for a remote worker, within about a second).
 *       The {@link dev.jmp.spi.WorkerExit} says whether something outside ended it, and, where the
 *       backend knows it, what it had done of its batch ({@link dev.jmp.spi.BatchProgress}): the
 *       pool then delivers the outcomes it had finished, fails only the task it was running with a
 *       {@code WorkerDiedException}, and gives the tasks it had not started to other workers. A
 *       backend that cannot tell leaves it null, and the pool fails the first unreported task. A
 *       worker lost with its machine says so ({@link dev.jmp.spi.WorkerExit#heldLost()}): any task
 *       it held may have run, so the pool fails every one it did not report, or, for a backend
 *       whose {@link dev.jmp.spi.WorkerBackend#retries()} allow it (idempotent tasks), queues it
 *       again for the other workers.</li>
 *   <li><b>Credit.</b> The pool sends a worker at most {@link dev.jmp.spi.WorkerBackend#credit()}
 *       batches before the earlier ones are answered in full, so a worker's death loses only what
 *       it held, and the queue stays with the pool, where a free worker takes it; or, while all
 *       it holds are parts of maps' chunks, up to {@link dev.jmp.spi.WorkerBackend#chunkCredit()}.
 *       A backend never buffers batches beyond that credit.</li>
 *   <li><b>Cancellation.</b> {@link dev.jmp.spi.WorkerHandle#kill} ends the worker now, with the
 *       task it is running: that is how {@code cancel(true)} stops a running task. Its exit is
 *       then reported like any death; the pool starts a replacement.</li>
 *   <li><b>Threads.</b> Verbs never block on a worker's work; events for one worker come one at a
 *       time, on any thread the backend owns.</li>
 * </ul>
 *
 * <h2>Processes</h2>
 * {@code dev.jmp.Process} starts its task through {@link dev.jmp.spi.BackendProvider#start} and
 * follows it through a {@link dev.jmp.spi.RunningProcess}: pid and host, join, exit code in
 * Python's convention, terminate, kill and interrupt reaching the process wherever it runs.
 */
package dev.jmp.spi;
