/**
 * Which backend runs a context's pools and processes ({@link dev.jmp.backend.Backends}), and the
 * built-in ones: child JVMs on this machine, and threads of this JVM for the start method
 * {@code THREAD}. The contract every backend keeps is in {@link dev.jmp.spi}. A cluster backend
 * is another module, found through {@link java.util.ServiceLoader} for the start method
 * {@code CLUSTER}.
 *
 * <h2>The thread backend</h2>
 * {@code ThreadBackend} keeps the contract with threads: a worker is a thread with an inbox of
 * batches ({@code ThreadWorker}), a process a thread named after it ({@code ThreadProcess}). Tasks
 * still run through their generated entries and outcomes are encoded as a child's
 * ({@code ThreadTasks}), so the pool decodes and rebuilds them the same way and a program behaves
 * the same under every start method; the thread stands for its process in
 * {@code currentProcess()} meanwhile. What a thread cannot do: be killed. A kill interrupts the
 * task, reports the worker's exit at once with what its batch had done, and abandons the thread,
 * whose outcome is dropped; a process's {@code terminate()} and {@code kill()} are refused.
 *
 * <h2>A pool's batch, end to end, on local workers</h2>
 * What each package does for one batch, in order:
 * <ol>
 *   <li><b>pool.</b> A submitting thread queues the job; {@code PoolState} takes a batch for an
 *       idle worker under its lock (a chunk, or coalesced single tasks) and the thread sends it
 *       through the worker's {@code WorkerHandle}, here a {@code LocalWorker}.</li>
 *   <li><b>backend.</b> {@code LocalWorker.send} writes one {@code RunTasks} frame (link) on the
 *       worker's control channel: entry names once per batch, encoded arguments per task; or,
 *       for a part of a map's chunk, {@code LocalWorker.sendChunk} one {@code RunChunk} frame: the
 *       entry once and the chunk's arguments in one buffer.</li>
 *   <li><b>launch.child.</b> The worker's {@code WorkerLoop} reads the frame, records the batch
 *       and each running task in its {@code WorkerProgress} file, runs each task through
 *       {@code TaskEntries}, logs each outcome in the file before the next task starts, and
 *       answers with {@code TaskResults} frames (one per batch, or parts of a long one); a
 *       {@code RunChunk} runs in the entry's generated loop through {@code ChunkRunner}, with the
 *       same records and frames.</li>
 *   <li><b>backend.</b> The channel's reader thread hands each {@code TaskResults} to the pool as
 *       {@code WorkerEvents.outcomes}, on that thread.</li>
 *   <li><b>pool.</b> On the last outcome of the batch the state posts the worker's next batch, the
 *       reader thread sends it, and only then delivers the outcomes to their sinks, which decode
 *       values with the decoders their tasks carry. A small chunk of a map goes out while the
 *       worker still runs the one before ({@code LocalWorkers.chunkCredit}), so the worker reads
 *       it as soon as it is done; it waits in the control socket meanwhile.</li>
 * </ol>
 * When a worker JVM exits, {@code LocalWorker} waits until the channel has delivered every frame
 * the worker sent, reads its progress file into a {@code BatchProgress}, deletes it, and reports
 * a {@code WorkerExit} (exit code in Python's convention, killed or not, the tail of its stderr);
 * the pool settles the batch from that. A worker's life before its first batch: started cold or on
 * a warm spare (launch.spares, launch.parent), it says hello, is answered with {@code Enlist}
 * (name, progress file, initializer), runs the initializer and answers batch 0, which the backend
 * reports as {@code ready}.
 *
 * <h2>Workers handed from one pool to the next</h2>
 * A worker its pool releases ({@code WorkerHandle.release}) is sent {@code Release}; it flushes
 * its output, clears its interrupt flag and answers {@code Parked}, or exits 0 when its tasks left
 * a child process or a non-daemon thread running. Parked, its process and control channel go to
 * the {@code WorkerReservoir} under the key of its pool's workers ({@code java}, class path, JVM
 * options, initializer), and only then is its pool told it exited (code 0, as a retired worker),
 * so that a pool that was joined finds its workers already there. The next {@code LocalWorker}
 * with that key takes the most recently parked one instead of starting a JVM, makes itself the
 * session of its {@code ChildProcess} (frames, end of channel and exit go to the holder) and sends
 * it its pool's {@code Enlist}; the worker's loop starts over from the initializer. The worker that
 * parked it never acts on the process again, so no two pools ever hold it. A parked worker that
 * nobody takes within the idle timeout is sent {@code Retire}; one that dies is dropped; at exit,
 * parked workers are stopped with the other daemon children.
 *
 * <p>Not user API: {@code Backends} is public for the API packages; the module does not export the
 * package.
 */
package dev.jmp.backend;
