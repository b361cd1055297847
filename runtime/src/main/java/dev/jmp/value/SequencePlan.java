package dev.jmp.value;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code List} or {@code Set}: its size, then each element; read back as an {@code ArrayList}
 * or a {@code LinkedHashSet}, so that order survives, unmodifiable for a codec's declared type.
 */
final class SequencePlan implements Plan {

    private final boolean set;
    private final Plan element;
    private final boolean unmodifiable;

    SequencePlan(boolean set, Plan element, boolean unmodifiable) {
        this.set = set;
        this.element = element;
        this.unmodifiable = unmodifiable;
    }

    @Override
    public void write(WireOutput out, Object value) {
        write(out, (Collection<?>) value, element);
    }

    @Override
    public Object read(WireInput in) {
        Collection<Object> values = read(in, set, element);
        if (!unmodifiable) {
            return values;
        }
        return set ? Collections.unmodifiableSet((Set<Object>) values) : Collections.unmodifiableList((List<Object>) values);
    }

    /** Writes the size of {@code values}, then each by {@code element}. */
    static void write(WireOutput out, Collection<?> values, Plan element) {
        out.writeInt(values.size());
        for (Object value : values) {
            element.write(out, value);
        }
    }

    /** Reads what {@link #write} wrote into a new {@code LinkedHashSet} ({@code set}) or {@code ArrayList}. */
    static Collection<Object> read(WireInput in, boolean set, Plan element) {
        int size = in.readLength();
        int room = Math.min(size, in.remaining()); // a corrupt size cannot allocate unbounded memory
        Collection<Object> values = set ? new LinkedHashSet<>(room) : new ArrayList<>(room);
        for (int i = 0; i < size; i++) {
            values.add(element.read(in));
        }
        return values;
    }
}
