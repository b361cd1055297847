package dev.jmp.internal.task;

import dev.jmp.internal.ResultDecoder;
import java.util.List;

/**
 * The decoder of a task made into an {@link ArgumentChunk}, which also says where its arguments
 * are: task {@code index} of {@code chunk}. Such a task runs only as part of its chunk.
 */
public final class ChunkItem<R> implements ResultDecoder<R> {

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

    @Override
    public R decode(byte[] result) {
        return chunk.<R>decoder().decode(result);
    }

    @Override
    public List<Class<?>> declaredExceptions() {
        return chunk.decoder().declaredExceptions();
    }
}
