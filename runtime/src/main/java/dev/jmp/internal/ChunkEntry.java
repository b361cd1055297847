package dev.jmp.internal;

/**
 * Implemented by every generated worker entry beside {@link TaskEntry}: runs a whole chunk of a
 * map's tasks in one generated loop, reading their arguments from one buffer and writing their
 * results into another, so that a task of a chunk costs no object of jmp's own.
 *
 * <p>The chunk's arguments, as {@code dev.jmp.internal.task.ArgumentChunk} writes them: per
 * task, an {@code int} length, then the task's parameters in order, each as
 * {@link WireOutput} writes its type, except that a parameter of a reference type is preceded by
 * an {@code int} reference: {@code -1} when its value follows (and is remembered under the next
 * number), otherwise the number of a value remembered earlier in the chunk, which is not written
 * again (pickle's memo: the same object, not an equal one, is written once).
 */
public interface ChunkEntry {

    /**
     * Reads and runs tasks {@code 0 .. run.count() - 1} of {@code run}'s chunk, in order: for each,
     * {@link ChunkRun#next}, its parameters (through the run's memo), and, when it runs, the call
     * and its result in {@link ChunkRun#result()}, then {@link ChunkRun#done}; or
     * {@link ChunkRun#failed} with whatever it threw. Nothing a task throws leaves the loop.
     */
    void runChunk(ChunkRun run);
}
