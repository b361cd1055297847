package dev.jmp.testing;

import dev.jmp.Task;
import dev.jmp.internal.WireOutput;
import dev.jmp.internal.task.Tasks;

/**
 * A hand-written task factory, shaped like a generated one, for pool tests: each method encodes
 * its arguments now and names a {@link StepsEntry} or {@link SquareEntry} to run them.
 */
public final class PoolTasks {

    private PoolTasks() {}

    /** {@code x * x}, like the seed's {@code square}. */
    public static Task<Integer> square(int x) {
        WireOutput out = new WireOutput();
        out.writeInt(x);
        return Tasks.task(SquareEntry.class.getName(), out.toByteArray(), "Maths.square", SquareEntry::decodeResult);
    }

    /** The length of {@code s}, Python's {@code len}. */
    public static Task<Integer> len(String s) {
        WireOutput out = new WireOutput();
        out.writeString(s);
        return Tasks.task(LenEntry.class.getName(), out.toByteArray(), "Bench.len", LenEntry::decodeResult);
    }

    /** CPU work: the sum of {@code i * i} below {@code n}. */
    public static Task<Long> burn(long n) {
        WireOutput out = new WireOutput();
        out.writeLong(n);
        return Tasks.task(BurnEntry.class.getName(), out.toByteArray(), "Bench.burn", BurnEntry::decodeResult);
    }

    /**
     * Runs {@code steps} (see {@link StepsEntry}) and returns the text the {@code return:} and
     * {@code pid} steps produced.
     */
    public static Task<String> steps(String... steps) {
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
