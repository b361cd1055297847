/**
 * Queues between processes: Python's {@code Queue}, {@code SimpleQueue} and
 * {@code JoinableQueue}, with {@link dev.jmp.queue.QueueFullException},
 * {@link dev.jmp.queue.QueueEmptyException} and {@link dev.jmp.queue.QueueShutDownException} for
 * {@code queue.Full}, {@code queue.Empty} and {@code queue.ShutDown}.
 *
 * <h2>Python to Java</h2>
 * <table>
 *   <caption>Queues</caption>
 *   <tr><th>Python</th><th>jmp</th></tr>
 *   <tr><td>{@code Queue()}, {@code Queue(maxsize)}</td><td>{@code Queue.create(String.class)}, {@code Queue.create(String.class, maxsize)}, or with a {@link dev.jmp.codec.Codec}</td></tr>
 *   <tr><td>{@code put(x)}, {@code put(x, timeout=t)}, {@code put_nowait(x)}</td><td>{@code put(x)}, {@code put(x, Duration)}, {@code putNowait(x)}</td></tr>
 *   <tr><td>{@code get()}, {@code get(timeout=t)}, {@code get_nowait()}</td><td>{@code get()}, {@code get(Duration)}, {@code getNowait()}</td></tr>
 *   <tr><td>{@code qsize()}, {@code empty()}, {@code full()}</td><td>{@code qsize()}, {@code isEmpty()}, {@code isFull()}</td></tr>
 *   <tr><td>{@code close()}, {@code join_thread()}, {@code cancel_join_thread()}</td><td>{@code close()}, after which every
 *       method throws {@code [jmp.queue.closed]} in this process; there is no feeder thread to join or cancel</td></tr>
 *   <tr><td>{@code queue.Queue.shutdown(immediate=False)} (3.13; {@code multiprocessing.Queue} has none)</td>
 *       <td>{@code shutdown()}, {@code shutdown(true)}, {@code isShutDown()}, for every process: puts throw
 *       {@code QueueShutDownException}, gets return what is left (nothing if immediate) and then throw it, and
 *       waiting puts and gets wake; a {@code JoinableQueue} counts each discarded item done</td></tr>
 *   <tr><td>{@code JoinableQueue}: {@code task_done()}, {@code join()}</td><td>{@code taskDone()}, {@code join()}, {@code join(Duration)}</td></tr>
 *   <tr><td>{@code SimpleQueue}: {@code put}, {@code get}, {@code empty}</td><td>{@code put}, {@code get}, {@code isEmpty}</td></tr>
 * </table>
 *
 * <h2>How items travel</h2>
 * A queue is a ring of variable-length records in a memory-mapped file, plus control words
 * (positions, counts) and two locks and two events of {@link dev.jmp.sync} in shared memory. A
 * {@code put} encodes the item, takes the producers' lock, copies the record in and publishes it
 * with one volatile store of the tail position; a {@code get} does the same on the consumers'
 * side with the head. When the ring is full, records go to a chain of overflow files, read after
 * the ring, so an unbounded queue is limited only by memory. Each process finds where the queue
 * stands from the control words at every put and get, so any number of producers and consumers
 * share a backlog past the ring however far the others moved it on meanwhile. Waiting (for an
 * item, or for room in a bounded queue) is on the events, spinning briefly, then yielding, then
 * parking.
 *
 * <h2>Failures</h2>
 * A producer killed in the middle of a {@code put} has published nothing of its item: consumers
 * never see part of a record. The producers' lock it held is taken over by the next producer
 * (a {@code [jmp.sync.owner-died]} warning is logged) and the queue goes on. A consumer killed in
 * the middle of a {@code get} had not yet moved the head, so the item stays for the next one. An
 * overflow file that a killed process was starting, or had not yet removed, is reused by the next
 * producer or removed when the queue's creator closes it. A consumer whose producers all died
 * simply finds the queue empty: {@code get(Duration)} times out.
 */
package dev.jmp.queue;
