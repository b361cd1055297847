package dev.jmp.manager.server;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The objects a server holds for its clients, by id, with the references each client process
 * holds, and the names objects were published under.
 *
 * <p>An object is in the table while some process holds a reference to it: one per proxy, taken
 * when the object is created for it, when a reply hands it a handle, or when a handle it received
 * from another process is adopted; dropped when the proxy is collected, or all at once when the
 * process goes. A reference <i>in flight</i> is one a process took when it sent a handle to
 * another process; the receiver adopts it, and it is dropped with its sender otherwise. An object
 * whose last reference goes leaves the table; it lives on only if another object (a dict holding
 * it, a published name, a condition's lock) still refers to it, and comes back under the same id
 * when a handle of it is handed out again.
 */
final class ObjectTable {

    /** The references one process holds, by object id. */
    private static final class Holder {
        final Map<Long, Integer> held = new HashMap<>();
        final Map<Long, Integer> inFlight = new HashMap<>();
    }

    private static final class Entry {
        final ServedObject object;
        int references;

        Entry(ServedObject object) {
            this.object = object;
        }
    }

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Long, Holder> holders = new HashMap<>();
    private final Map<String, ServedObject> names = new ConcurrentHashMap<>();
    private long nextId = 1;

    /**
     * Gives a new object its id, without a reference: the reply that hands it out takes the
     * caller's, and it leaves the table with its last.
     */
    synchronized void identify(ServedObject object, String typeId) {
        object.identify(nextId++, typeId);
    }

    /** Adds a new object, with one reference held by {@code process}. */
    synchronized long add(ServedObject object, String typeId, long process) {
        long id = nextId++;
        object.identify(id, typeId);
        grant(process, object);
        return id;
    }

    ServedObject get(long id) {
        Entry entry = entries.get(id);
        if (entry == null) {
            throw noObject(id); // out of line: every call looks its object up here
        }
        return entry.object;
    }

    private static NoSuchElementException noObject(long id) {
        return new NoSuchElementException("[jmp.manager.no-object] the manager holds no object " + id
                + ": every proxy of it was collected, or the proxy belongs to another manager that used the"
                + " same address; keep a proxy of an object for as long as it is used");
    }

    /** A reference for {@code process} to an object handed to it, back in the table if it had left. */
    synchronized void grant(long process, ServedObject object) {
        entries.computeIfAbsent(object.id(), id -> new Entry(object)).references++;
        count(holder(process).held, object.id(), 1);
    }

    /** One more reference of {@code process} to an object it holds a proxy of. */
    synchronized void incref(long process, long id) {
        grant(process, get(id));
    }

    /** A reference {@code process} takes for a handle it sends to another process. */
    synchronized void send(long process, long id) {
        ServedObject object = get(id);
        entries.get(id).references++;
        count(holder(process).inFlight, object.id(), 1);
    }

    /**
     * The reference of a received handle: the sender's reference in flight becomes the
     * receiver's, or, if there is none left (a handle read twice), the receiver takes one.
     */
    synchronized void adopt(long process, long id, long sender) {
        ServedObject object = get(id);
        Holder from = holders.get(sender);
        if (from != null && from.inFlight.containsKey(id)) {
            count(from.inFlight, id, -1);
            count(holder(process).held, id, 1);
        } else {
            grant(process, object);
        }
    }

    /** Drops one reference of {@code process}; the object leaves the table with its last. */
    synchronized void decref(long process, long id) {
        Holder holder = holders.get(process);
        if (holder != null && holder.held.containsKey(id)) {
            count(holder.held, id, -1);
            drop(id, 1);
        }
    }

    /** Drops every reference of a process that has gone; returns how many there were. */
    synchronized int release(long process) {
        Holder holder = holders.remove(process);
        if (holder == null) {
            return 0;
        }
        int dropped = 0;
        for (Map<Long, Integer> counts : java.util.List.of(holder.held, holder.inFlight)) {
            for (Map.Entry<Long, Integer> e : counts.entrySet()) {
                drop(e.getKey(), e.getValue());
                dropped += e.getValue();
            }
        }
        return dropped;
    }

    /** How many objects are in the table. */
    int size() {
        return entries.size();
    }

    /** How many references there are to object {@code id}: 0 when it is not in the table. */
    synchronized int references(long id) {
        Entry entry = entries.get(id);
        return entry == null ? 0 : entry.references;
    }

    void publish(String name, long id) {
        names.put(name, get(id));
    }

    /** The object published under {@code name}, or null. */
    ServedObject lookup(String name) {
        return names.get(name);
    }

    private void drop(long id, int n) {
        Entry entry = entries.get(id);
        if (entry != null && (entry.references -= n) <= 0) {
            entries.remove(id);
        }
    }

    private Holder holder(long process) {
        return holders.computeIfAbsent(process, p -> new Holder());
    }

    private static void count(Map<Long, Integer> counts, long id, int delta) {
        counts.merge(id, delta, (a, b) -> a + b == 0 ? null : a + b);
    }
}
