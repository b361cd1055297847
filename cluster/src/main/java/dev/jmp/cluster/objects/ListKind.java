package dev.jmp.cluster.objects;

import com.hazelcast.collection.IList;
import com.hazelcast.core.HazelcastException;
import dev.jmp.manager.core.ApiTypes;
import dev.jmp.manager.core.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A list as an {@code IList} of its own ({@code jmp.l.<key>}), elements held as the caller encoded
 * them. An {@code IList} lives in one partition, so a list is as large as one member's memory
 * allows, and is served by that member alone. {@code setAll} and {@code removeRange} are several
 * calls, not atomic.
 */
final class ListKind implements Kind {

    static IList<byte[]> list(ObjectSpace space, String key) {
        return space.hazelcast.getList("jmp.l." + key);
    }

    @Override
    public void create(ObjectSpace space, String key, Object[] arguments) {
        if (arguments[0] != null) {
            list(space, key).addAll(encoded((Collection<?>) arguments[0], space.api));
        }
    }

    @Override
    public void destroy(ObjectSpace space, String key) {
        list(space, key).destroy();
    }

    @Override
    public Object call(ClusterCore core, Method<?> method, Object[] a, boolean interruptible) {
        ApiTypes api = core.space.api;
        IList<byte[]> list = list(core.space, core.key);
        try {
            return switch (method.number()) {
                case 0 -> list.size();
                case 1 -> {
                    Redo.call(() -> {
                        list.clear();
                        return null;
                    });
                    yield null;
                }
                case 2 -> decoded(list, api);
                case 3 -> list.contains(api.encode(a[0]));
                case 4 -> api.decode(list.get((Integer) a[0]));
                case 5 -> api.decode(list.set((Integer) a[0], api.encode(a[1])));
                case 6 -> {
                    list.add(api.encode(a[0]));
                    yield null;
                }
                case 7 -> {
                    list.add((Integer) a[0], api.encode(a[1]));
                    yield null;
                }
                case 8 -> list.addAll(encoded((Collection<?>) a[0], api));
                case 9 -> list.addAll((Integer) a[0], encoded((Collection<?>) a[1], api));
                case 10 -> api.decode(list.remove((int) (Integer) a[0]));
                case 11 -> list.remove(api.encode(a[0]));
                case 12 -> list.indexOf(api.encode(a[0]));
                case 13 -> list.lastIndexOf(api.encode(a[0]));
                case 14 -> {
                    list.clear();
                    list.addAll(encoded((Collection<?>) a[0], api));
                    yield null;
                }
                default -> {
                    int from = (Integer) a[0];
                    int to = (Integer) a[1];
                    if (from < 0 || to < from || to > list.size()) {
                        throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") out of bounds for"
                                + " length " + list.size());
                    }
                    for (int i = from; i < to; i++) {
                        list.remove(from);
                    }
                    yield null;
                }
            };
        } catch (HazelcastException e) {
            throw core.unavailable(e);
        }
    }

    private static List<byte[]> encoded(Collection<?> values, ApiTypes api) {
        List<byte[]> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add(api.encode(v));
        }
        return out;
    }

    private static List<Object> decoded(Collection<byte[]> values, ApiTypes api) {
        List<Object> out = new ArrayList<>();
        for (byte[] v : values.toArray(new byte[0][])) {
            out.add(api.decode(v));
        }
        return out;
    }
}
