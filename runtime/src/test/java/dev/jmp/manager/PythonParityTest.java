package dev.jmp.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jmp.testing.NoLeftovers;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Manager proxies behaving as Python's do, each test stating what Python does. */
class PythonParityTest {

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

    /**
     * Python: {@code m.set()} is a set held by the manager ({@code SetProxy}): {@code add},
     * {@code discard}, {@code in}, {@code len}, {@code update} act on the server; {@code set(p)}
     * copies it.
     */
    @Test
    void aManagerSetIsASet() {
        SetProxy<String> s = manager.set(List.of("a", "b"));
        assertTrue(s.add("c"));
        assertFalse(s.add("a"), "already there");
        assertTrue(s.contains("b"));
        assertTrue(s.remove("b"));
        assertFalse(s.remove("b"));
        assertEquals(2, s.size());
        assertTrue(s.addAll(List.of("d", "e")));
        assertTrue(s.containsAll(List.of("a", "e")));
        assertTrue(s.removeAll(List.of("d", "x")));
        assertTrue(s.add("f"));
        assertTrue(s.retainAll(List.of("a", "c", "e", "z")));
        assertFalse(s.retainAll(List.of("a", "c", "e")));
        assertEquals(new ArrayList<>(List.of("a", "c", "e")), new ArrayList<>(s), "insertion order");
        assertEquals(Set.of("a", "c", "e"), s, "equals as a Set");
        assertEquals(Set.of("a", "c", "e").hashCode(), s.hashCode());
        assertEquals("[a, c, e]", s.toString());
        assertEquals(new LinkedHashSet<>(List.of("a", "c", "e")), s.copy());
        for (Iterator<String> i = s.iterator(); i.hasNext(); ) {
            if (i.next().equals("c")) {
                i.remove();
            }
        }
        assertEquals(Set.of("a", "e"), s.copy());
        assertTrue(s.add(null));
        assertTrue(s.contains(null));

        DictProxy<String, Object> d = manager.dict();
        d.put("set", s);
        SetProxy<String> same = (SetProxy<String>) d.get("set");
        same.add("shared");
        assertTrue(s.contains("shared"), "a set stored in a dict stays that set");
        s.clear();
        assertTrue(same.isEmpty());
    }
}
