package dev.jmp.codec;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.util.Optional;

/** An {@code Optional}: a presence flag, then the value's bytes in its own codec. */
final class OptionalCodec<T> implements Codec<Optional<T>>, Described {

    static final String KIND = "optional";

    private final Codec<T> value;

    OptionalCodec(Codec<T> value) {
        this.value = value;
    }

    @Override
    public byte[] encode(Optional<T> optional) {
        WireOutput out = new WireOutput(16);
        if (out.writePresence(optional.orElse(null))) {
            out.writeBytes(value.encode(optional.get()));
        }
        return out.toByteArray();
    }

    @Override
    public Optional<T> decode(byte[] bytes, int offset, int length) {
        WireInput in = new WireInput(bytes, offset, length);
        Optional<T> optional = Optional.empty();
        if (in.readPresence()) {
            byte[] present = in.readBytes();
            optional = Optional.of(value.decode(present, 0, present.length));
        }
        in.expectEnd();
        return optional;
    }

    @Override
    public void describe(WireOutput out) {
        out.writeString(KIND);
        CodecHandles.write(out, value);
    }
}
