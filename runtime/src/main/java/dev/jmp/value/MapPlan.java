package dev.jmp.value;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@code Map}: its size, then key and value of each entry; read back as a {@code LinkedHashMap}. */
final class MapPlan implements Plan {

    private final Plan key;
    private final Plan value;
    private final boolean unmodifiable;

    MapPlan(Plan key, Plan value, boolean unmodifiable) {
        this.key = key;
        this.value = value;
        this.unmodifiable = unmodifiable;
    }

    @Override
    public void write(WireOutput out, Object map) {
        write(out, (Map<?, ?>) map, key, value);
    }

    @Override
    public Object read(WireInput in) {
        Map<Object, Object> map = read(in, key, value);
        return unmodifiable ? Collections.unmodifiableMap(map) : map;
    }

    static void write(WireOutput out, Map<?, ?> map, Plan key, Plan value) {
        out.writeInt(map.size());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            key.write(out, entry.getKey());
            value.write(out, entry.getValue());
        }
    }

    static Map<Object, Object> read(WireInput in, Plan key, Plan value) {
        int size = in.readLength();
        Map<Object, Object> map = new LinkedHashMap<>(Math.min(size, in.remaining()));
        for (int i = 0; i < size; i++) {
            map.put(key.read(in), value.read(in));
        }
        return map;
    }
}
