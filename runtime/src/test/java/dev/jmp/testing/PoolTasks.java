package dev.jmp.testing;

import dev.jmp.Task;
import dev.jmp.internal.WireOutput;
import dev.jmp.internal.task.ArgumentChunk;
import dev.jmp.internal.task.Tasks;

/**
 * A hand-written task factory, shaped like a generated one, for pool tests: each method encodes
 * its arguments now and names a {@link StepsEntry} or {@link SquareEntry} to run them, or, called
 * by a map's function, writes them into the map's chunk, as generated factories do.
 */
public final class PoolTasks {

    private PoolTasks() {}

    /** {@code x * x}, like the seed's {@code square}. */
    public static Task<Integer> square(int x) {
        ArgumentChunk chunk = ArgumentChunk.capture(SquareEntry.class.getName());
        if (chunk != null) {
            chunk.out().writeInt(x);
            return chunk.captured("Maths.square", SquareEntry::decodeResult, SquareEntry::decodeResult);
        }
        WireOutput out = new WireOutput();
        out.writeInt(x);
        return Tasks.task(SquareEntry.class.getName(), out.toByteArray(), "Maths.square", SquareEntry::decodeResult);
    }

    /** The length of {@code s}, Python's {@code len}. */
    public static Task<Integer> len(String s) {
        ArgumentChunk chunk = ArgumentChunk.capture(LenEntry.class.getName());
        if (chunk != null) {
            if (chunk.memo(s)) {
                chunk.out().writeString(s);
            }
            return chunk.captured("Bench.len", LenEntry::decodeResult, LenEntry::decodeResult);
        }
        WireOutput out = new WireOutput();
        out.writeString(s);
        return Tasks.task(LenEntry.class.getName(), out.toByteArray(), "Bench.len", LenEntry::decodeResult);
    }

    /** CPU work: the sum of {@code i * i} below {@code n}. */
    public static Task<Long> burn(long n) {
        ArgumentChunk chunk = ArgumentChunk.capture(BurnEntry.class.getName());
        if (chunk != null) {
            chunk.out().writeLong(n);
            return chunk.captured("Bench.burn", BurnEntry::decodeResult, BurnEntry::decodeResult);
        }
        WireOutput out = new WireOutput();
        out.writeLong(n);
        return Tasks.task(BurnEntry.class.getName(), out.toByteArray(), "Bench.burn", BurnEntry::decodeResult);
    }

    /**
     * Runs {@code steps} (see {@link StepsEntry}) and returns the text the {@code return:} and
     * {@code pid} steps produced.
     */
    public static Task<String> steps(String... steps) {
        ArgumentChunk chunk = ArgumentChunk.capture(StepsEntry.class.getName());
        if (chunk != null) {
            if (chunk.memo(steps)) {
                chunk.out().writeInt(steps.length);
                for (String step : steps) {
                    chunk.out().writeString(step);
                }
            }
            return chunk.captured("Steps.run", StepsEntry::decodeResult, StepsEntry::decodeResult);
        }
        WireOutput out = new WireOutput();
        out.writeInt(steps.length);
        for (String step : steps) {
            out.writeString(step);
        }
        return Tasks.task(StepsEntry.class.getName(), out.toByteArray(), "Steps.run", StepsEntry::decodeResult);
    }

    /** {@link #steps} of a task method that declares {@code declared}, as the generated factory passes them. */
    public static Task<String> declaring(Class<?>[] declared, String... steps) {
        WireOutput out = new WireOutput();
        out.writeInt(steps.length);
        for (String step : steps) {
            out.writeString(step);
        }
        return Tasks.task(StepsEntry.class.getName(), out.toByteArray(), "Steps.run", StepsEntry::decodeResult, declared);
    }

    /** A task whose argument goes through Java serialization, as {@code @JavaSerialized} does. */
    public static Task<String> serialized(Object value) {
        WireOutput out = new WireOutput();
        out.writeSerialized(value);
        return Tasks.task(StepsEntry.class.getName(), out.toByteArray(), "Steps.serialized", StepsEntry::decodeResult);
    }
}
