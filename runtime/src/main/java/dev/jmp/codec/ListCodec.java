package dev.jmp.codec;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A list as its length, then each element as a presence flag and its element codec's bytes. */
final class ListCodec<T> implements Codec<List<T>>, Described {

    static final String KIND = "list";

    private final Codec<T> elements;

    ListCodec(Codec<T> elements) {
        this.elements = elements;
    }

    @Override
    public byte[] encode(List<T> list) {
        WireOutput out = new WireOutput(16 + 8 * list.size());
        out.writeInt(list.size());
        for (T element : list) {
            if (out.writePresence(element)) {
                out.writeBytes(elements.encode(element));
            }
        }
        return out.toByteArray();
    }

    @Override
    public List<T> decode(byte[] bytes, int offset, int length) {
        WireInput in = new WireInput(bytes, offset, length);
        int size = in.readLength();
        List<T> list = new ArrayList<>(Math.min(size, in.remaining()));
        for (int i = 0; i < size; i++) {
            if (in.readPresence()) {
                byte[] element = in.readBytes();
                list.add(elements.decode(element, 0, element.length));
            } else {
                list.add(null);
            }
        }
        in.expectEnd();
        return Collections.unmodifiableList(list);
    }

    @Override
    public void describe(WireOutput out) {
        out.writeString(KIND);
        CodecHandles.write(out, elements);
    }
}
