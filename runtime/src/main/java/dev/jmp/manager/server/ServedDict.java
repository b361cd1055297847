package dev.jmp.manager.server;

import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.manager.wire.Op;
import dev.jmp.manager.wire.ValueCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A dict: a {@link LinkedHashMap}, so iteration keeps insertion order as Python's dict does. */
final class ServedDict extends ServedObject {

    private final Map<Object, Object> map;

    ServedDict(Map<Object, Object> initial) {
        this.map = new LinkedHashMap<>(initial);
    }

    @Override
    synchronized void call(int method, WireInput in, WireOutput out, CallContext context) {
        ValueCodec codec = context.codec();
        Op op = Op.of(method);
        switch (op) {
            case SIZE -> out.writeInt(map.size());
            case CLEAR -> map.clear();
            case SNAPSHOT -> codec.write(out, map);
            case KEYS -> codec.writeAll(out, new ArrayList<>(map.keySet()));
            case VALUES -> codec.writeAll(out, new ArrayList<>(map.values()));
            case GET -> codec.write(out, map.get(codec.read(in)));
            case GET_OR_DEFAULT -> {
                Object key = codec.read(in);
                Object fallback = codec.read(in);
                codec.write(out, map.getOrDefault(key, fallback));
            }
            case CONTAINS_KEY -> out.writeBoolean(map.containsKey(codec.read(in)));
            case CONTAINS -> out.writeBoolean(map.containsValue(codec.read(in)));
            case PUT -> {
                Object key = codec.read(in);
                codec.write(out, map.put(key, codec.read(in)));
            }
            case PUT_IF_ABSENT -> {
                Object key = codec.read(in);
                codec.write(out, map.putIfAbsent(key, codec.read(in)));
            }
            case REPLACE -> {
                Object key = codec.read(in);
                codec.write(out, map.replace(key, codec.read(in)));
            }
            case PUT_ALL -> map.putAll((Map<?, ?>) codec.read(in));
            case REMOVE_KEY -> {
                Object key = codec.read(in);
                out.writeBoolean(map.containsKey(key));
                codec.write(out, map.remove(key));
            }
            case REMOVE_ENTRY -> {
                Object key = codec.read(in);
                out.writeBoolean(map.remove(key, codec.read(in)));
            }
            case REPLACE_ENTRY -> {
                Object key = codec.read(in);
                Object expected = codec.read(in);
                Object replacement = codec.read(in);
                boolean matches = map.containsKey(key) && Objects.equals(map.get(key), expected);
                if (matches) {
                    map.put(key, replacement);
                }
                out.writeBoolean(matches);
            }
            default -> throw new UnsupportedOperationException(op + " is not a method of a dict");
        }
        in.expectEnd();
    }
}
