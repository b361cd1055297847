package dev.jmp.manager.server;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The objects a server holds, by id, and the names they were published under. Objects live as
 * long as the server: proxies do not count references (see the package docs of
 * {@code dev.jmp.manager}).
 */
final class ObjectTable {

    private final Map<Long, ServedObject> objects = new ConcurrentHashMap<>();
    private final Map<String, Long> names = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);

    long add(ServedObject object, String typeId) {
        long id = nextId.getAndIncrement();
        object.identify(id, typeId);
        objects.put(id, object);
        return id;
    }

    ServedObject get(long id) {
        ServedObject object = objects.get(id);
        if (object == null) {
            throw new NoSuchElementException("[jmp.manager.no-object] the manager holds no object " + id
                    + "; the proxy belongs to another manager that used the same address");
        }
        return object;
    }

    void publish(String name, long id) {
        get(id);
        names.put(name, id);
    }

    /** The object published under {@code name}, or null. */
    ServedObject lookup(String name) {
        Long id = names.get(name);
        return id == null ? null : objects.get(id);
    }
}
