/**
 * Runtime-internal, not user API: the shared-memory queue of byte records that
 * {@link dev.jmp.queue} and the pipes of {@link dev.jmp.connection} are built on. Public types here
 * are public only so that those packages can use them; the module does not export the package.
 *
 * <h2>Layout</h2>
 * A {@link dev.jmp.ring.RecordQueue} is
 * <ul>
 *   <li>control words in {@link dev.jmp.memory.SharedWords}, laid out by {@code RingLayout}: tail,
 *       overflow tail and put count on the producers' cache line; head, overflow head and get count on the
 *       consumers'; then the ring size, the bound, the creator's identity and the shutdown flag
 *       (set once, under the producers' lock, by Python's {@code shutdown}: no record is published
 *       after it, takes drain what is left and then end, and waiting processes wake);</li>
 *   <li>a ring file (chunk 0) of a power-of-two size: records at 8-byte aligned offsets, each an
 *       {@code int} header (payload length, -1 for a null element, -2 for "continue at the
 *       start") and the payload; a record never wraps;</li>
 *   <li>overflow chunk files 1, 2, ..., used while the ring is full: the same records, read after
 *       everything in the ring, each chunk starting where the previous one ended in the overflow
 *       stream;</li>
 *   <li>two locks (producers, consumers) and two events (not empty, not full): the state
 *       machines of {@link dev.jmp.sync.primitive} under {@code Lock} and {@code Event}, without
 *       the user types.</li>
 * </ul>
 *
 * <h2>Why no record is torn or lost</h2>
 * One producer at a time writes a record completely and then publishes it with one volatile
 * store of the tail; one consumer at a time copies a record out and then frees it with one store
 * of the head. A process killed anywhere in between has published or freed nothing, so readers
 * never see part of a record, and the lock it held is taken over by the next process that
 * needs it (the lock's owner word names the dead process). Positions only grow, so a record is
 * never read twice, and a consumer may take what lies below a tail it read earlier without
 * reading the producers' cache line again: on a queue with a backlog, that line then moves
 * between the cores once a batch instead of once a record. The files are named after the queue's creator, not after the process that
 * wrote them, so a producer that exits (normally or not) leaves what it put readable; the
 * consumer that reads past an overflow chunk deletes it, and the creator deletes the rest when it
 * closes the queue or exits.
 *
 * <h2>Many processes on one overflow chain</h2>
 * A process keeps the overflow chunks it last wrote and read mapped, but while it was not looking
 * other producers may have moved the tail on through new chunks and consumers may have read and
 * deleted any number of chunks behind them. Only the positions in the control words are
 * authoritative: once a position is past the kept chunk, the process finds the chunk holding it
 * again from the control words, starting at the chunk hints, which can only lag (a process killed
 * between moving a position and its hint), and skipping chunks that consumers, who move the head
 * hint past a chunk before deleting it, have deleted meanwhile. A chunk missing anywhere else means
 * the creator closed the queue: {@code [jmp.queue.storage-gone]}.
 */
package dev.jmp.ring;
