package dev.jmp.internal.task;

import dev.jmp.Task;
import dev.jmp.internal.ChunkCall;
import dev.jmp.internal.RangeDecoder;
import dev.jmp.internal.ResultDecoder;
import dev.jmp.internal.TaskCall;
import dev.jmp.internal.WireOutput;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The arguments of consecutive tasks of one entry, made by a map's factory calls, written into
 * one buffer in {@link dev.jmp.internal.ChunkEntry}'s format instead of one array per task.
 * A generated factory reads, when a map is capturing on its thread ({@link ArgumentCapture}):
 *
 * <pre>{@code
 * ArgumentChunk chunk = ArgumentChunk.capture("com.example.jmp_generated.Greeter_square_Entry");
 * if (chunk != null) {
 *     Greeter_square_Entry.writeArguments(chunk, x);
 *     return chunk.captured("Greeter.square", Greeter_square_Entry::decodeResult, Greeter_square_Entry::decodeResult);
 * }
 * }</pre>
 *
 * The task it returns stands for its place in the chunk ({@link Tasks#chunkOf}, {@link Tasks#indexIn}):
 * its decoder is the chunk, which decodes with the entry's, and it holds its index; the pool sends the chunk, or part
 * of it, as one frame. Memo: within a chunk, a value of a reference type that is the same object
 * as one written before is written as a reference to it, as pickle does, so a worker decodes it
 * once and its tasks receive the same object.
 */
public final class ArgumentChunk implements ResultDecoder<Object> {

    /** A sealed chunk's buffer is trimmed to its bytes when more than this fraction (1/8) of it is unused. */
    private static final int SLACK_DIVISOR = 8;

    private final String entryClass;
    private WireOutput out;
    private IdentityHashMap<Object, Integer> memo = new IdentityHashMap<>();
    private final List<Object> remembered = new ArrayList<>();
    private byte[] sealed;
    private int sealedLength;
    private int count;
    private int taskStart = -1;
    /** Where the task being captured began, and how many values the memo held then: its rollback. */
    private int markSize;
    private int markRemembered;
    /** The map index of the last task captured here. */
    int lastIndex = -2;
    private TaskCall call;
    private ResultDecoder<?> decoder;
    private RangeDecoder<?> rangeDecoder;

    /** @param capacity the bytes its buffer starts with: what the map's previous chunk took */
    ArgumentChunk(String entryClass, int capacity) {
        this.entryClass = entryClass;
        this.out = new WireOutput(capacity);
    }

    /**
     * The chunk that the task of {@code entryClass} being made on this thread goes to, its
     * arguments to be written next; null when no map is capturing, or this is not the first
     * factory call for the item (the task is then made as usual).
     */
    public static ArgumentChunk capture(String entryClass) {
        ArgumentCapture capture = ArgumentCapture.CURRENT.get();
        return capture == null ? null : capture.begin(entryClass);
    }

    /** Where a generated {@code writeArguments} writes the task's parameters. */
    public WireOutput out() {
        return out;
    }

    /**
     * Writes the memo reference of {@code value}, a parameter of a reference type; returns
     * whether it was not written before in this chunk, and the caller then writes it.
     */
    public boolean memo(Object value) {
        Integer number = memo.get(value);
        if (number != null) {
            out.writeInt(number);
            return false;
        }
        memo.put(value, remembered.size());
        remembered.add(value);
        out.writeInt(-1);
        return true;
    }

    /** The task whose arguments were just written; its result is decoded by {@code decoder}. */
    public <R> Task<R> captured(String description, ResultDecoder<R> decoder, RangeDecoder<R> rangeDecoder) {
        return captured(description, decoder, rangeDecoder, (Class<?>[]) null);
    }

    /** {@link #captured(String, ResultDecoder, RangeDecoder)} of a method declaring checked exceptions. */
    public <R> Task<R> captured(String description, ResultDecoder<R> decoder, RangeDecoder<R> rangeDecoder,
                                Class<?>... declared) {
        out.putInt(taskStart, out.size() - taskStart - 4);
        taskStart = -1;
        if (call == null) {
            call = new TaskCall(entryClass, new byte[0], description);
            this.decoder = declared == null ? decoder : Tasks.declaring(decoder, declared);
            this.rangeDecoder = rangeDecoder;
        }
        ArgumentCapture.CURRENT.get().captured(this);
        return Tasks.inChunk(call, this, count++);
    }

    /** Starts the next task's arguments, and remembers where, for {@link #rollback}. */
    void begin() {
        markSize = out.size();
        markRemembered = remembered.size();
        taskStart = out.size();
        out.writeInt(0);
    }

    /** Takes back the last task captured, which the map's function did not return. */
    void rollback() {
        out.truncate(markSize);
        while (remembered.size() > markRemembered) {
            memo.remove(remembered.remove(remembered.size() - 1));
        }
        count--;
    }

    /** The bytes written so far. */
    int size() {
        return out == null ? sealedLength : out.size();
    }

    /**
     * No more tasks: the memo is dropped, and the buffer is kept as it is, sent from where it was
     * written; it shrinks to its bytes only when much of it is unused (a chunk shorter than the
     * one before it).
     */
    void seal() {
        if (sealed == null) {
            sealedLength = out.size();
            sealed = out.array().length - sealedLength > out.array().length / SLACK_DIVISOR
                    ? out.toByteArray() : out.array();
            out = null;
            memo = null;
            remembered.clear();
        }
    }

    boolean entryClassIs(String name) {
        return entryClass.equals(name);
    }

    /** How many tasks it holds. */
    public int count() {
        return count;
    }

    /** Tasks {@code from .. to - 1}, as they cross to a worker. */
    public ChunkCall call(int from, int to) {
        if (sealed == null || to > count) {
            throw new IllegalStateException("tasks " + from + ".." + to + " of a chunk of " + count
                    + (sealed == null ? " still being written" : ""));
        }
        return new ChunkCall(entryClass, sealed, 0, sealedLength, from, to);
    }

    /** The decoder of every task's result where it lies among others. */
    @SuppressWarnings("unchecked")
    public <R> RangeDecoder<R> rangeDecoder() {
        return (RangeDecoder<R>) rangeDecoder;
    }

    @SuppressWarnings("unchecked")
    <R> ResultDecoder<R> decoder() {
        return (ResultDecoder<R>) decoder;
    }

    /** The result of one of its tasks, decoded by the entry's decoder: a task of the chunk decodes through it. */
    @Override
    public Object decode(byte[] result) {
        return decoder.decode(result);
    }

    @Override
    public List<Class<?>> declaredExceptions() {
        return decoder.declaredExceptions();
    }
}
