package dev.jmp.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.testing.NoLeftovers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link DictProxy} against the {@code Map} and {@code ConcurrentMap} contracts, as a LinkedHashMap behaves. */
class DictProxyTest {

    private static SyncManager manager;

    @BeforeAll
    static void start() {
        manager = ManagerUnderTest.start();
    }

    @AfterAll
    static void stop() throws Exception {
        ManagerUnderTest.stop(manager);
        new NoLeftovers().afterEach(null);
    }

    private static DictProxy<Object, Object> filled() {
        DictProxy<Object, Object> d = manager.dict();
        d.put("a", 1);
        d.put(2, "two");
        d.put(null, null);
        return d;
    }

    @Test
    void behavesLikeALinkedHashMap() {
        DictProxy<Object, Object> d = filled();
        Map<Object, Object> expected = new LinkedHashMap<>();
        expected.put("a", 1);
        expected.put(2, "two");
        expected.put(null, null);
        assertEquals(3, d.size());
        assertFalse(d.isEmpty());
        assertEquals(1, d.get("a"));
        assertNull(d.get(2L), "keys keep their types: 2L is not 2");
        assertTrue(d.containsKey(null));
        assertTrue(d.containsValue("two"));
        assertEquals("fallback", d.getOrDefault("missing", "fallback"));
        assertEquals(1, d.put("a", 10));
        expected.put("a", 10);
        assertEquals(expected, d);
        assertEquals(d, expected);
        assertEquals(expected.hashCode(), d.hashCode());
        assertEquals(expected.toString(), d.toString());
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(d.keySet()));
        assertEquals(10, d.remove("a"));
        assertNull(d.remove("a"));
        d.putAll(Map.of("x", List.of(1, 2)));
        assertInstanceOf(ArrayList.class, d.get("x"));
        assertInstanceOf(LinkedHashMap.class, d.copy());
        d.clear();
        assertTrue(d.isEmpty());
        assertEquals(new HashMap<>(), d);
    }

    @Test
    void concurrentMapOperationsAreAtomicOnTheServer() {
        DictProxy<String, Integer> d = manager.dict();
        assertNull(d.putIfAbsent("k", 1));
        assertEquals(1, d.putIfAbsent("k", 2));
        assertFalse(d.replace("k", 5, 6));
        assertTrue(d.replace("k", 1, 7));
        assertEquals(7, d.replace("k", 8));
        assertNull(d.replace("absent", 1));
        assertFalse(d.remove("k", 1));
        assertTrue(d.remove("k", 8));
        assertEquals(3, d.merge("n", 3, Integer::sum));
        assertEquals(7, d.merge("n", 4, Integer::sum));
        assertEquals(14, d.compute("n", (k, v) -> v * 2));
        assertEquals(5, d.computeIfAbsent("m", k -> 5));
        assertEquals(Map.of("n", 14, "m", 5), d);
    }

    @Test
    void viewsAreLiveAndTheirIteratorsWriteThrough() {
        DictProxy<Object, Object> d = filled();
        assertTrue(d.keySet().contains(2));
        assertTrue(d.keySet().remove(null));
        assertFalse(d.containsKey(null));
        assertTrue(d.values().contains("two"));
        Iterator<Map.Entry<Object, Object>> entries = d.entrySet().iterator();
        Map.Entry<Object, Object> first = entries.next();
        first.setValue(100);
        assertEquals(100, d.get("a"));
        entries.next();
        entries.remove();
        assertFalse(d.containsKey(2));
        assertFalse(entries.hasNext());
        assertThrows(NoSuchElementException.class, entries::next);
        assertTrue(d.entrySet().contains(Map.entry("a", 100)));
        assertTrue(d.entrySet().remove(Map.entry("a", 100)));
        assertTrue(d.isEmpty());
        d.put("z", 1);
        d.values().clear();
        assertEquals(0, d.size());
    }

    @Test
    void anIteratorIsASnapshotTakenWhenItStarts() {
        DictProxy<String, Integer> d = manager.dict(Map.of("one", 1));
        Iterator<String> keys = d.keySet().iterator();
        d.put("two", 2);
        assertEquals("one", keys.next());
        assertFalse(keys.hasNext());
    }

    @Test
    void aDictContainingItselfPrintsWithoutEndlessRecursion() {
        DictProxy<String, Object> d = manager.dict();
        d.put("me", d);
        assertEquals("{me=(this Map)}", d.toString());
    }
}
