package dev.jmp.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jmp.testing.NoLeftovers;
import java.util.AbstractMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Manager proxies behaving as Python's do, each test stating what Python does. */
class PythonParityTest {

    private static SyncManager manager;

    @BeforeAll
    static void start() {
        manager = Manager.start();
    }

    @AfterAll
    static void stop() throws Exception {
        manager.close();
        new NoLeftovers().afterEach(null);
    }

    /** Python: {@code repr(ns)} of a Namespace leaves out the attributes whose names start with {@code _}. */
    @Test
    void aNamespacePrintsWithoutItsPrivateNames() {
        NamespaceProxy ns = manager.namespace();
        ns.set("x", 1);
        ns.set("_hidden", 2);
        ns.set("__dunder", 3);
        ns.set("name", "jmp");
        assertEquals("Namespace(x=1, name=jmp)", ns.toString());
        assertEquals(Map.of("x", 1, "_hidden", 2, "__dunder", 3, "name", "jmp"), ns.toMap(), "the names are all there");
        assertEquals(2, (int) ns.get("_hidden"));
    }

    /** Python: {@code d.popitem()} removes and returns the pair put last (LIFO), and raises {@code KeyError} when empty. */
    @Test
    void aDictPopsItsLastItem() {
        DictProxy<String, Integer> d = manager.dict();
        d.put("a", 1);
        d.put("b", 2);
        d.put("c", null);
        d.put("a", 10); // an update keeps its place
        assertEquals(new AbstractMap.SimpleImmutableEntry<>("c", null), d.popItem());
        assertEquals(Map.entry("b", 2), d.popItem());
        assertEquals(Map.entry("a", 10), d.popItem());
        assertThrows(NoSuchElementException.class, d::popItem);
        assertEquals(0, d.size());
    }
}
