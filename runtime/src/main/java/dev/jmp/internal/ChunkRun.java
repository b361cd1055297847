package dev.jmp.internal;

/**
 * A worker's side of one chunk, as a generated {@link ChunkEntry#runChunk} loop sees it: where
 * the arguments are read, the memo of the values read so far, and where each result goes. The
 * worker implements it; it logs and sends each outcome.
 */
public interface ChunkRun {

    /** How many tasks the loop reads, from the chunk's first. */
    int count();

    /** The chunk's arguments, positioned at the next task's. */
    WireInput arguments();

    /**
     * Task {@code index} begins: its arguments follow. Returns whether it runs; one that does not
     * (it comes before the part of the chunk this worker was given) is read only, for the memo.
     */
    boolean next(int index);

    /** Remembers {@code value}, read in full, under the next number of the memo; returns it. */
    <T> T remember(T value);

    /** The value remembered under {@code number}. */
    <T> T recall(int number);

    /** Where the result of the task that is running is written; called once per task that runs, after its call. */
    WireOutput result();

    /** The task {@code index} returned (its result written) or, when it did not run, was read. */
    void done(int index);

    /** Task {@code index} threw {@code thrown}, reading its arguments, running or writing its result. */
    void failed(int index, Throwable thrown);
}
