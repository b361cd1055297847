package dev.jmp.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Process;
import dev.jmp.Task;
import dev.jmp.base.Deadline;
import dev.jmp.testing.NoLeftovers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server counts references to its objects per process and frees an object when the last
 * proxy of it, in any process, is collected, or its process goes.
 */
@ExtendWith(NoLeftovers.class)
class ReferenceCountingTest {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    /** Collects garbage until {@code condition} holds: the releases of collected proxies are sent asynchronously. */
    private static void collectUntil(String what, BooleanSupplier condition) throws InterruptedException {
        assertTrue(Deadline.await(LIMIT, () -> {
            System.gc();
            return condition.getAsBoolean();
        }), what);
    }

    private static long idOf(BaseProxy proxy) {
        return BaseManager.objectId(proxy);
    }

    @Test
    void proxiesThatBecomeUnreachableFreeTheirObjects() throws Exception {
        try (SyncManager manager = Manager.start()) {
            DictProxy<String, Integer> kept = manager.dict();
            kept.put("k", 1);
            int base = manager.objectCount();
            assertEquals(1, base);
            List<?>[] held = {makeProxies(manager, 200)};
            assertEquals(base + 600, manager.objectCount(), "every proxy's object is in the table");
            held[0] = null;
            collectUntil("the server frees the objects of collected proxies", () -> manager.objectCount() == base);
            assertEquals(1, kept.get("k"), "an object still referenced stays");
            assertEquals(1, manager.referenceCount(idOf(kept)));
        }
    }

    private static List<BaseProxy> makeProxies(SyncManager manager, int n) {
        List<BaseProxy> proxies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            DictProxy<String, Integer> dict = manager.dict();
            dict.put("i", i);
            LockProxy lock = manager.lock();
            lock.tryAcquire();
            ListProxy<String> list = manager.list();
            list.addAll(List.of("a", "b"));
            proxies.addAll(List.of(dict, lock, list));
        }
        return proxies;
    }

    @Test
    void anObjectSentToAChildSurvivesTheParentDroppingItsProxyFirst() throws Exception {
        try (SyncManager manager = Manager.start()) {
            DictProxy<String, Object> results = manager.dict();
            long[] id = new long[1];
            Task<Void> task = sendListAndDropIt(manager, results, id);
            collectUntil("the parent's proxy is released, the reference in flight is not",
                    () -> manager.referenceCount(id[0]) == 1);
            Process child = new Process(task);
            child.start();
            assertTrue(child.join(LIMIT), "the child did not finish in time");
            assertEquals(0, child.exitCode().orElseThrow(), "the child failed; its stderr is above");
            assertEquals(List.of("from the parent", "from a child"), results.get("seen"));
            collectUntil("the list is freed once the child is gone",
                    () -> manager.referenceCount(id[0]) == 0 && manager.objectCount() == 1);
        }
    }

    private static Task<Void> sendListAndDropIt(SyncManager manager, DictProxy<String, Object> results, long[] id) {
        ListProxy<String> list = manager.list();
        list.add("from the parent");
        id[0] = idOf(list);
        return ManagerScript.task("copy-into:seen", list, results);
    }

    @Test
    void aListInsideADictOutlivesItsProxiesAndComesBackWhenRead() throws Exception {
        try (SyncManager manager = Manager.start()) {
            DictProxy<String, Object> dict = manager.dict();
            long listId = putNewList(manager, dict);
            collectUntil("a list without proxies leaves the table", () -> manager.referenceCount(listId) == 0);
            assertEquals(1, manager.objectCount());
            @SuppressWarnings("unchecked")
            ListProxy<String> list = (ListProxy<String>) dict.get("inner");
            assertEquals(listId, idOf(list), "the dict still holds the same list");
            list.add("x");
            assertEquals(List.of("x"), dict.get("inner"));
            assertEquals(2, manager.objectCount());
            dict.clear();
            assertEquals(List.of("x"), list, "the proxy keeps the list when the dict drops it");
        }
    }

    private static long putNewList(SyncManager manager, DictProxy<String, Object> dict) {
        ListProxy<String> list = manager.list();
        dict.put("inner", list);
        return idOf(list);
    }

    @Test
    void theReferencesOfAKilledChildAreReleased() throws Exception {
        try (SyncManager manager = Manager.start()) {
            EventProxy ready = manager.event();
            long[] ids = new long[2];
            Process child = new Process(sendTwoAndDropThem(manager, ready, ids));
            child.start();
            try {
                assertTrue(ready.await(LIMIT), "the child did not start holding");
                collectUntil("the parent's proxies are released and the child holds one reference to each",
                        () -> manager.referenceCount(ids[0]) == 1 && manager.referenceCount(ids[1]) == 1);
            } finally {
                child.kill();
                assertTrue(child.join(LIMIT));
            }
            assertTrue(Deadline.await(LIMIT, () -> manager.objectCount() == 1),
                    "the objects only the killed child held are freed");
        }
    }

    private static Task<Void> sendTwoAndDropThem(SyncManager manager, EventProxy ready, long[] ids) {
        DictProxy<String, String> dict = manager.dict();
        QueueProxy<String> queue = manager.queue();
        ids[0] = idOf(dict);
        ids[1] = idOf(queue);
        return ManagerScript.task("hold", dict, queue, ready);
    }
}
