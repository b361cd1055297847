package dev.jmp.codec;

import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.value.Plan;
import java.util.function.Consumer;

/**
 * A built-in codec: the plan of its element type from the one table of what crosses a process
 * ({@link dev.jmp.value.Plans}), and how a handle names it so that the receiving process makes
 * the same plan.
 */
final class PlanCodec<E> implements Codec<E>, Described {

    private final Plan plan;
    private final Consumer<WireOutput> description;

    PlanCodec(Plan plan, Consumer<WireOutput> description) {
        this.plan = plan;
        this.description = description;
    }

    /** The plan of {@code codec}: its own for a built-in one, its bytes as a length-prefixed block for another. */
    static Plan planOf(Codec<?> codec) {
        return codec instanceof PlanCodec<?> built ? built.plan : new OwnCodecPlan(codec);
    }

    @Override
    public byte[] encode(E value) {
        try {
            return plan.encode(value);
        } catch (WireFormatException | IllegalArgumentException e) {
            throw new CodecException(coded(e, "[jmp.codec.unsupported]"), e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public E decode(byte[] bytes, int offset, int length) {
        try {
            return (E) plan.decode(bytes, offset, length);
        } catch (WireFormatException e) {
            throw new CodecException(coded(e, "[jmp.codec.corrupt]"), e);
        } catch (CodecException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CodecException("[jmp.codec.rejected] the value that arrived was refused as it was rebuilt: " + e, e);
        }
    }

    /** The message of {@code e}, with {@code code} in front unless it has a code already. */
    private static String coded(RuntimeException e, String code) {
        String message = String.valueOf(e.getMessage());
        return message.startsWith("[jmp.") ? message : code + " " + message;
    }

    @Override
    public void describe(WireOutput out) {
        description.accept(out);
    }

    /** A codec of the user's own inside a built-in one (a list of its values): its bytes, length first. */
    private static final class OwnCodecPlan implements Plan {

        private final Codec<Object> codec;

        @SuppressWarnings("unchecked")
        OwnCodecPlan(Codec<?> codec) {
            this.codec = (Codec<Object>) codec;
        }

        @Override
        public void write(WireOutput out, Object value) {
            out.writeBytes(codec.encode(value));
        }

        @Override
        public Object read(WireInput in) {
            byte[] bytes = in.readBytes();
            return codec.decode(bytes, 0, bytes.length);
        }
    }
}
