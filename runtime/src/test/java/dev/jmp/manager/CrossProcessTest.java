package dev.jmp.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Process;
import dev.jmp.Task;
import dev.jmp.manager.fixtures.Account;
import dev.jmp.manager.fixtures.AccountProxy;
import dev.jmp.testing.NoLeftovers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Proxies passed to real child JVMs: what a child does, the parent sees. */
@ExtendWith(NoLeftovers.class)
class CrossProcessTest {

    private static final Duration LIMIT = Duration.ofSeconds(120);

    private static void run(Task<?>... tasks) throws InterruptedException {
        List<Process> started = new ArrayList<>();
        for (Task<?> task : tasks) {
            Process p = new Process(task);
            p.start();
            started.add(p);
        }
        for (Process p : started) {
            assertTrue(p.join(LIMIT), p + " did not finish in time");
            assertEquals(0, p.exitCode().orElseThrow(), p + " failed; its stderr is above");
        }
    }

    @Test
    void aChildsWritesToADictAndAListAreSeenByTheParent() throws Exception {
        try (SyncManager manager = Manager.start()) {
            DictProxy<String, String> dict = manager.dict();
            ListProxy<String> list = manager.list();
            run(ManagerScript.task("put:key=value", dict), ManagerScript.task("append:new item", list));
            assertEquals("{key=value}", dict.toString());
            assertEquals("[new item]", list.toString());
        }
    }

    @Test
    void aListInsideADictIsSharedWithChildrenAndGrandchildren() throws Exception {
        try (SyncManager manager = Manager.start()) {
            DictProxy<String, Object> dict = manager.dict();
            ListProxy<String> inner = manager.list();
            dict.put("inner", inner);
            run(ManagerScript.task("nested:from a child", dict));
            run(ManagerScript.task("forward:nested:from a grandchild", dict));
            assertEquals(List.of("from a child", "from a grandchild"), inner);
        }
    }

    @Test
    void concurrentUpdatesFromTwoProcessesLoseNothing() throws Exception {
        try (SyncManager manager = Manager.start()) {
            DictProxy<String, Integer> counts = manager.dict();
            LockProxy lock = manager.lock();
            ValueProxy<Integer> total = manager.value(0);
            run(ManagerScript.task("merge:300", counts), ManagerScript.task("merge:300", counts),
                    ManagerScript.task("locked-incr:200", lock, total), ManagerScript.task("locked-incr:200", lock, total));
            assertEquals(Map.of("count", 600), counts);
            assertEquals(400, total.get());
        }
    }

    @Test
    void anEventSetByTheParentReleasesAWaitingChild() throws Exception {
        try (SyncManager manager = Manager.start()) {
            EventProxy go = manager.event();
            DictProxy<String, String> dict = manager.dict();
            Process child = new Process(ManagerScript.task("await-then-put", go, dict));
            child.start();
            go.set();
            assertTrue(child.join(LIMIT));
            assertEquals(0, child.exitCode().orElseThrow());
            assertEquals("event", dict.get("after"));
        }
    }

    @Test
    void aSharedObjectIsCalledFromChildren() throws Exception {
        try (SyncManager manager = new SyncManager().register(Account.class).start()) {
            AccountProxy account = manager.create(Account.class, 100L);
            run(ManagerScript.task("deposit:5", account), ManagerScript.task("forward:deposit:7", account));
            assertEquals(112, account.balance());
        }
    }
}
