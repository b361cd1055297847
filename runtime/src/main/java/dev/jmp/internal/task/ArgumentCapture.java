package dev.jmp.internal.task;

import dev.jmp.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * A map making its tasks on this thread, one item at a time, with the factory calls written into
 * {@link ArgumentChunk}s of at most {@code chunksize} tasks: only the first factory call made for
 * an item, and only if the item's task is the one the function returns; any other task is made
 * and kept as usual. A new chunk starts with a new entry, after an item not captured, and when
 * the chunk is full.
 *
 * <pre>{@code
 * try (ArgumentCapture capture = ArgumentCapture.open(chunksize)) {
 *     for (T item : items) {
 *         capture.arm(tasks.size());
 *         tasks.add(capture.settle(function.apply(item)));
 *     }
 * }
 * }</pre>
 */
public final class ArgumentCapture implements AutoCloseable {

    static final ThreadLocal<ArgumentCapture> CURRENT = new ThreadLocal<>();
    /** The buffer of a map's first chunk, which grows as it is written. */
    private static final int INITIAL_BYTES = 256;

    private final ArgumentCapture outer;
    private final int chunksize;
    private final List<ArgumentChunk> chunks = new ArrayList<>();
    private ArgumentChunk current;
    private int index = -1;
    private boolean armed;
    private ArgumentChunk capturedIn;
    private boolean any;

    private ArgumentCapture(ArgumentCapture outer, int chunksize) {
        this.outer = outer;
        this.chunksize = chunksize;
    }

    /** Starts capturing on this thread, chunks of at most {@code chunksize} tasks. */
    public static ArgumentCapture open(int chunksize) {
        ArgumentCapture capture = new ArgumentCapture(CURRENT.get(), Math.max(1, chunksize));
        CURRENT.set(capture);
        return capture;
    }

    /** The next factory call on this thread makes the task of item {@code index} of the map. */
    public void arm(int index) {
        this.index = index;
        armed = true;
        capturedIn = null;
    }

    /** Called by {@link ArgumentChunk#capture}: the chunk the armed item's arguments go to, or null. */
    ArgumentChunk begin(String entryClass) {
        if (!armed) {
            return null;
        }
        armed = false;
        if (current == null || !current.entryClassIs(entryClass) || current.count() == chunksize
                || current.lastIndex != index - 1) {
            // A full chunk of the same entry says how large the next will be: no growing into it.
            boolean like = current != null && current.entryClassIs(entryClass) && current.count() == chunksize;
            current = new ArgumentChunk(entryClass, like ? current.size() + current.size() / 16 : INITIAL_BYTES);
            chunks.add(current);
        }
        current.begin();
        return current;
    }

    void captured(ArgumentChunk chunk) {
        capturedIn = chunk;
        chunk.lastIndex = index;
    }

    /**
     * The task to keep for the armed item: {@code made}, the function's result. If a factory
     * call was captured for it and {@code made} is not that task, the capture is taken back.
     */
    public <X extends Task<?>> X settle(X made) {
        armed = false;
        if (capturedIn != null) {
            if (Tasks.chunkOf(made) != capturedIn || Tasks.indexIn(made) != capturedIn.count() - 1) {
                capturedIn.rollback();
                capturedIn.lastIndex = -2;
            } else {
                any = true;
            }
            capturedIn = null;
        }
        return made;
    }

    /** Whether any task was captured. */
    public boolean capturedAny() {
        return any;
    }

    /** Stops capturing on this thread; the chunks are final. */
    @Override
    public void close() {
        armed = false;
        for (ArgumentChunk chunk : chunks) {
            chunk.seal();
        }
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
