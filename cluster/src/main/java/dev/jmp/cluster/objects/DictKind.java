package dev.jmp.cluster.objects;

import com.hazelcast.core.HazelcastException;
import com.hazelcast.map.IMap;
import dev.jmp.manager.core.ApiTypes;
import dev.jmp.manager.core.DictMethods;
import dev.jmp.manager.core.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A dict as an {@code IMap} of its own ({@code jmp.d.<key>}): keys and values held as the caller
 * encoded them (so {@code 2} and {@code 2L} are different keys, and null is a key like any other),
 * each value after its key's sequence number ({@link DictStep}). Single-key methods are atomic on
 * their key; {@code putAll}, {@code clear} and the snapshots ({@code copy}, {@code keys}) are not
 * atomic across keys.
 */
final class DictKind implements Kind {

    static IMap<byte[], byte[]> map(ObjectSpace space, String key) {
        return space.hazelcast.getMap("jmp.d." + key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void create(ObjectSpace space, String key, Object[] arguments) {
        if (arguments[0] != null) {
            putAll(space, map(space, key), (Map<Object, Object>) arguments[0]);
        }
    }

    @Override
    public void destroy(ObjectSpace space, String key) {
        map(space, key).destroy();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object call(ClusterCore core, Method<?> method, Object[] args, boolean interruptible) {
        ObjectSpace space = core.space;
        ApiTypes api = space.api;
        IMap<byte[], byte[]> map = map(space, core.key);
        try {
            return switch (method.number()) {
                case 0 -> map.size();
                case 1 -> {
                    Redo.call(() -> {
                        map.clear();
                        return null;
                    });
                    yield null;
                }
                case 2 -> copy(map, api);
                case 3 -> keys(map, api);
                case 4 -> value(map.get(api.encode(args[0])), api);
                case 5 -> {
                    byte[] stored = map.get(api.encode(args[0]));
                    yield stored == null ? args[1] : value(stored, api);
                }
                case 6 -> map.containsKey(api.encode(args[0]));
                case 7 -> containsValue(map, api.encode(args[0]));
                case 8 -> step(map, space, DictStep.PUT, args[0], args[1], null);
                case 9 -> step(map, space, DictStep.PUT_IF_ABSENT, args[0], args[1], api.encode(null));
                case 10 -> step(map, space, DictStep.REPLACE, args[0], args[1], null);
                case 11 -> {
                    putAll(space, map, (Map<Object, Object>) args[0]);
                    yield null;
                }
                case 12 -> value(Redo.call(() -> map.remove(api.encode(args[0]))), api);
                case 13 -> Redo.call(() -> map.remove(api.encode(args[0]))) != null;
                case 14 -> Arrays.equals(DictStep.TRUE, run(map, api.encode(args[0]),
                        new DictStep(DictStep.REMOVE_ENTRY, 0, api.encode(args[1]), null)));
                case 15 -> Arrays.equals(DictStep.TRUE, run(map, api.encode(args[0]),
                        new DictStep(DictStep.REPLACE_ENTRY, 0, api.encode(args[1]), api.encode(args[2]))));
                default -> popItem(map, api);
            };
        } catch (HazelcastException e) {
            throw core.unavailable(e);
        }
    }

    private static Object step(IMap<byte[], byte[]> map, ObjectSpace space, int op, Object key, Object value,
                               byte[] extra) {
        ApiTypes api = space.api;
        byte[] previous = run(map, api.encode(key), new DictStep(op, space.nextSequence(), api.encode(value), extra));
        return previous == null ? null : api.decode(previous);
    }

    /** Runs {@code step} on {@code key}; sent again, the same step, while its member died with it in flight. */
    static byte[] run(IMap<byte[], byte[]> map, byte[] key, DictStep step) {
        return Redo.call(() -> map.executeOnKey(key, step));
    }

    private static void putAll(ObjectSpace space, IMap<byte[], byte[]> map, Map<Object, Object> entries) {
        for (Map.Entry<Object, Object> e : entries.entrySet()) {
            step(map, space, DictStep.PUT, e.getKey(), e.getValue(), null);
        }
    }

    private static Object value(byte[] stored, ApiTypes api) {
        return stored == null ? null : api.decode(DictStep.value(stored));
    }

    private static boolean containsValue(IMap<byte[], byte[]> map, byte[] value) {
        for (byte[] stored : map.values()) {
            if (Arrays.equals(DictStep.value(stored), value)) {
                return true;
            }
        }
        return false;
    }

    /** The keys in the order they were first put. */
    static List<Object> keys(IMap<byte[], byte[]> map, ApiTypes api) {
        List<Map.Entry<byte[], byte[]>> entries = new ArrayList<>(map.entrySet());
        entries.sort(Comparator.comparingLong(e -> DictStep.sequence(e.getValue())));
        List<Object> keys = new ArrayList<>(entries.size());
        for (Map.Entry<byte[], byte[]> e : entries) {
            keys.add(api.decode(e.getKey()));
        }
        return keys;
    }

    /** The entries in the order their keys were first put. */
    static Map<Object, Object> copy(IMap<byte[], byte[]> map, ApiTypes api) {
        List<Map.Entry<byte[], byte[]>> entries = new ArrayList<>(map.entrySet());
        entries.sort(Comparator.comparingLong(e -> DictStep.sequence(e.getValue())));
        Map<Object, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<byte[], byte[]> e : entries) {
            copy.put(api.decode(e.getKey()), api.decode(DictStep.value(e.getValue())));
        }
        return copy;
    }

    private static List<Object> popItem(IMap<byte[], byte[]> map, ApiTypes api) {
        while (true) {
            Map.Entry<byte[], byte[]> last = null;
            for (Map.Entry<byte[], byte[]> e : map.entrySet()) {
                if (last == null || DictStep.sequence(e.getValue()) > DictStep.sequence(last.getValue())) {
                    last = e;
                }
            }
            if (last == null) {
                throw new NoSuchElementException("popItem(): the dict is empty");
            }
            byte[] value = map.executeOnKey(last.getKey(),
                    new DictStep(DictStep.REMOVE_IF_SEQUENCE, DictStep.sequence(last.getValue()), null, null));
            if (value != null) {
                List<Object> item = new ArrayList<>(2);
                item.add(api.decode(last.getKey()));
                item.add(api.decode(value));
                return item;
            }
        }
    }
}
