package dev.jmp.internal.task;

/**
 * Where the arguments of a task a map wrote into an {@link ArgumentChunk} are: task
 * {@code index} of {@code chunk}. Such a task runs only as part of its chunk. A view made when
 * asked ({@link Tasks#chunkItem}): the task itself holds its chunk and index.
 *
 * @param <R> the task method's return type
 */
public final class ChunkItem<R> {

    private final ArgumentChunk chunk;
    private final int index;

    ChunkItem(ArgumentChunk chunk, int index) {
        this.chunk = chunk;
        this.index = index;
    }

    public ArgumentChunk chunk() {
        return chunk;
    }

    public int index() {
        return index;
    }
}
