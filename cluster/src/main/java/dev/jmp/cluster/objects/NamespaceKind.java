package dev.jmp.cluster.objects;

import com.hazelcast.core.HazelcastException;
import com.hazelcast.map.IMap;
import dev.jmp.manager.core.ApiTypes;
import dev.jmp.manager.core.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** A namespace: a {@link DictKind dict} of attribute names, in the order they were first set. */
final class NamespaceKind implements Kind {

    private final DictKind dict = new DictKind();

    @Override
    public void create(ObjectSpace space, String key, Object[] arguments) {
        dict.create(space, key, arguments);
    }

    @Override
    public void destroy(ObjectSpace space, String key) {
        dict.destroy(space, key);
    }

    @Override
    public Object call(ClusterCore core, Method<?> method, Object[] args, boolean interruptible) {
        ApiTypes api = core.space.api;
        IMap<byte[], byte[]> map = DictKind.map(core.space, core.key);
        try {
            return switch (method.number()) {
                case 0 -> {
                    Map<Object, Object> attributes = new LinkedHashMap<>();
                    DictKind.copy(map, api).forEach((k, v) -> attributes.put(k, v));
                    yield attributes;
                }
                case 1 -> {
                    byte[] stored = map.get(api.encode(args[0]));
                    if (stored == null) {
                        throw missing(args[0]);
                    }
                    yield api.decode(DictStep.value(stored));
                }
                case 2 -> {
                    DictKind.run(map, api.encode(args[0]),
                            new DictStep(DictStep.PUT, core.space.nextSequence(), api.encode(args[1]), null));
                    yield null;
                }
                case 3 -> {
                    if (Redo.call(() -> map.remove(api.encode(args[0]))) == null) {
                        throw missing(args[0]);
                    }
                    yield null;
                }
                default -> map.containsKey(api.encode(args[0]));
            };
        } catch (HazelcastException e) {
            throw core.unavailable(e);
        }
    }

    private static NoSuchElementException missing(Object name) {
        return new NoSuchElementException("the namespace has no attribute '" + name + "'");
    }
}
