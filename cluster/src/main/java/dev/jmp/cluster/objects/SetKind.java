package dev.jmp.cluster.objects;

import com.hazelcast.core.HazelcastException;
import com.hazelcast.map.IMap;
import dev.jmp.manager.core.ApiTypes;
import dev.jmp.manager.core.Method;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A set as the keys of an {@code IMap} of its own ({@code jmp.d.<key>}, as a {@link DictKind dict}
 * with no values), so that it keeps insertion order as a local manager's does, which an
 * {@code ISet} would not. Adding and removing one element is atomic; the methods on many elements
 * are one call per element, not atomic together.
 */
final class SetKind implements Kind {

    private static final byte[] PRESENT = new byte[0];

    @Override
    public void create(ObjectSpace space, String key, Object[] arguments) {
        if (arguments[0] != null) {
            IMap<byte[], byte[]> map = DictKind.map(space, key);
            for (Object e : (Collection<?>) arguments[0]) {
                add(space, map, e);
            }
        }
    }

    @Override
    public void destroy(ObjectSpace space, String key) {
        DictKind.map(space, key).destroy();
    }

    @Override
    public Object call(ClusterCore core, Method<?> method, Object[] a, boolean interruptible) {
        ObjectSpace space = core.space;
        ApiTypes api = space.api;
        IMap<byte[], byte[]> map = DictKind.map(space, core.key);
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
                case 2 -> new LinkedHashSet<>(DictKind.keys(map, api));
                case 3 -> map.containsKey(api.encode(a[0]));
                case 4 -> add(space, map, a[0]);
                case 5 -> Redo.call(() -> map.remove(api.encode(a[0]))) != null;
                case 6 -> {
                    boolean changed = false;
                    for (Object e : (Collection<?>) a[0]) {
                        changed |= add(space, map, e);
                    }
                    yield changed;
                }
                case 7 -> {
                    boolean changed = false;
                    for (Object e : (Collection<?>) a[0]) {
                        changed |= Redo.call(() -> map.remove(api.encode(e))) != null;
                    }
                    yield changed;
                }
                case 8 -> {
                    Set<Object> keep = new HashSet<>((Collection<?>) a[0]);
                    boolean changed = false;
                    for (Object e : DictKind.keys(map, api)) {
                        if (!keep.contains(e)) {
                            changed |= Redo.call(() -> map.remove(api.encode(e))) != null;
                        }
                    }
                    yield changed;
                }
                default -> {
                    for (Object e : (Collection<?>) a[0]) {
                        if (!map.containsKey(api.encode(e))) {
                            yield false;
                        }
                    }
                    yield true;
                }
            };
        } catch (HazelcastException e) {
            throw core.unavailable(e);
        }
    }

    private static boolean add(ObjectSpace space, IMap<byte[], byte[]> map, Object element) {
        // absent answers null; present answers the value held, which is never null
        return DictKind.run(map, space.api.encode(element),
                new DictStep(DictStep.PUT_IF_ABSENT, space.nextSequence(), PRESENT, null)) == null;
    }
}
