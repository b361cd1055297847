package dev.jmp.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.testing.NoLeftovers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ListProxy}, {@link ArrayProxy}, {@link NamespaceProxy} and {@link ValueProxy} as their Java counterparts behave. */
class ListProxyTest {

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

    @Test
    void behavesLikeAnArrayList() {
        ListProxy<String> l = manager.list(List.of("b", "a"));
        List<String> expected = new ArrayList<>(List.of("b", "a"));
        assertTrue(l.add("c"));
        expected.add("c");
        l.add(0, "z");
        expected.add(0, "z");
        assertEquals(expected, l);
        assertEquals(l, expected);
        assertEquals(expected.hashCode(), l.hashCode());
        assertEquals(expected.toString(), l.toString());
        assertEquals("z", l.get(0));
        assertEquals("a", l.set(2, "A"));
        assertEquals(2, l.indexOf("A"));
        assertTrue(l.contains("c"));
        assertEquals("z", l.remove(0));
        assertTrue(l.remove("c"));
        assertFalse(l.remove("nothing"));
        assertTrue(l.addAll(List.of("x", "y")));
        assertTrue(l.addAll(1, List.of("in")));
        assertEquals(List.of("b", "in", "A", "x", "y"), l);
        l.subList(1, 3).clear();
        assertEquals(List.of("b", "x", "y"), l);
        assertEquals(List.of("x", "y"), l.subList(1, 3));
        l.sort(Comparator.reverseOrder());
        assertEquals(List.of("y", "x", "b"), l);
        l.replaceAll(String::toUpperCase);
        assertEquals(Arrays.asList("Y", "X", "B"), Arrays.asList(l.toArray()));
        assertThrows(IndexOutOfBoundsException.class, () -> l.get(99));
        l.clear();
        assertTrue(l.isEmpty());
    }

    @Test
    void listIteratorsActOnTheListAtTheirIndex() {
        ListProxy<Integer> l = manager.list(List.of(1, 2, 3, 4));
        ListIterator<Integer> it = l.listIterator();
        while (it.hasNext()) {
            int v = it.next();
            if (v % 2 == 0) {
                it.remove();
            } else {
                it.set(v * 10);
                it.add(-v);
            }
        }
        assertEquals(List.of(10, -1, 30, -3), l);
        assertTrue(l.removeIf(v -> v < 0));
        assertEquals(List.of(10, 30), l);
    }

    @Test
    void anArrayIsAFixedSizeList() {
        ArrayProxy<Double> a = manager.array(new double[] {1.0, 2.0});
        assertEquals(2, a.size());
        assertEquals(2.0, a.set(1, 2.5));
        assertEquals(List.of(1.0, 2.5), a);
        assertThrows(UnsupportedOperationException.class, () -> a.add(3.0));
        assertThrows(IndexOutOfBoundsException.class, () -> a.get(2));
        assertEquals("[1.0, 2.5]", a.toString());
    }

    @Test
    void namespaceAndValue() {
        NamespaceProxy ns = manager.namespace();
        ns.set("x", 1);
        ns.set("name", "jmp");
        int x = ns.get("x");
        assertEquals(1, x);
        assertTrue(ns.has("name"));
        assertEquals("Namespace(x=1, name=jmp)", ns.toString());
        ns.delete("x");
        assertEquals(Map.of("name", "jmp"), ns.toMap());
        assertThrows(java.util.NoSuchElementException.class, () -> ns.get("x"));
        ValueProxy<Integer> v = manager.value(41);
        v.set(v.get() + 1);
        assertEquals(42, v.get());
        assertEquals("Value(42)", v.toString());
    }

    @Test
    void nestedProxiesAreSharedAndPlainValuesCopied() {
        DictProxy<String, Object> d = manager.dict();
        ListProxy<String> inner = manager.list();
        d.put("shared", inner);
        d.put("copied", new ArrayList<>(List.of("a")));
        @SuppressWarnings("unchecked")
        List<String> viaDict = (List<String>) d.get("shared");
        viaDict.add("through the dict");
        assertEquals(List.of("through the dict"), inner);
        assertEquals(inner, viaDict);
        @SuppressWarnings("unchecked")
        List<String> copy = (List<String>) d.get("copied");
        copy.add("lost");
        assertEquals(List.of("a"), d.get("copied"));
        ListProxy<Object> outer = manager.list();
        outer.add(d);
        assertEquals(d, outer.get(0));
    }
}
