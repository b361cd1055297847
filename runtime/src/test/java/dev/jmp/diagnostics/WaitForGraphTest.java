package dev.jmp.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.internal.WaitTableFile.Waiter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WaitForGraphTest {

    private static Waiter waiter(long pid, String process, long token, String lock) {
        return waiter(pid, process, token, lock, false);
    }

    private static Waiter waiter(long pid, String process, long token, String lock, boolean timed) {
        return new Waiter(pid, process, token, 1, "main", "Lock", "jmp-1-2-1", offsetOf(lock), timed,
                "\tat example.Transfers.transfer(Transfers.java:" + pid + ")\n");
    }

    private static int offsetOf(String lock) {
        return 64 + 8 * (lock.charAt(0) - 'a');
    }

    /** Owners by lock name; the graph asks by offset. */
    private static List<Deadlock> deadlocks(List<Waiter> waiters, Map<String, Long> owners) {
        return new WaitForGraph(waiters, w -> owners.entrySet().stream()
                .filter(e -> offsetOf(e.getKey()) == w.lockOffset())
                .mapToLong(Map.Entry::getValue).findFirst().orElse(0)).deadlocks();
    }

    @Test
    void twoProcessesWaitingForEachOthersLockAreOneDeadlock() {
        List<Deadlock> found = deadlocks(
                List.of(waiter(20, "Process-2", 200, "a"), waiter(10, "Process-1", 100, "b")),
                Map.of("a", 100L, "b", 200L));
        assertEquals(1, found.size());
        Deadlock deadlock = found.get(0);
        assertEquals(Set.of(10L, 20L), deadlock.pids());
        String report = deadlock.report();
        assertTrue(report.contains("Process-1 (pid 10, thread \"main\") holds Lock A and waits for Lock B"), report);
        assertTrue(report.contains("Process-2 (pid 20, thread \"main\") holds Lock B and waits for Lock A"), report);
        assertTrue(report.contains("where Lock A is jmp-1-2-1@64 and Lock B is jmp-1-2-1@72"), report);
        assertTrue(report.contains("at example.Transfers.transfer(Transfers.java:20)"), report);
    }

    @Test
    void aChainThatEndsAtARunningThreadIsNoDeadlock() {
        List<Deadlock> found = deadlocks(
                List.of(waiter(10, "Process-1", 100, "b"), waiter(20, "Process-2", 200, "c")),
                Map.of("b", 200L, "c", 300L));
        assertEquals(List.of(), found);
    }

    @Test
    void aFreeLockAndAWaiterThatAlreadyOwnsItsLockAreNoDeadlock() {
        List<Deadlock> found = deadlocks(
                List.of(waiter(10, "Process-1", 100, "a"), waiter(20, "Process-2", 200, "b")),
                Map.of("a", 100L));
        assertEquals(List.of(), found);
    }

    @Test
    void eachCycleIsReportedOnceAndWaitersOutsideItAreLeftOut() {
        List<Deadlock> found = deadlocks(List.of(
                waiter(10, "Process-1", 100, "b"), waiter(20, "Process-2", 200, "c"),
                waiter(30, "Process-3", 300, "a"), waiter(40, "Process-4", 400, "a"),
                waiter(50, "Process-5", 500, "d")),
                Map.of("a", 100L, "b", 200L, "c", 300L, "d", 500L));
        assertEquals(1, found.size());
        assertEquals(Set.of(10L, 20L, 30L), found.get(0).pids());
        assertEquals(3, found.get(0).parties().size());
    }

    @Test
    void aCycleThroughAWaitWithATimeoutIsNoDeadlock() {
        List<Deadlock> found = deadlocks(
                List.of(waiter(20, "Process-2", 200, "a"), waiter(10, "Process-1", 100, "b", true)),
                Map.of("a", 100L, "b", 200L));
        assertEquals(List.of(), found);
    }

    @Test
    void twoSeparateCyclesAreTwoDeadlocks() {
        List<Deadlock> found = deadlocks(List.of(
                waiter(10, "Process-1", 100, "b"), waiter(20, "Process-2", 200, "a"),
                waiter(30, "Process-3", 300, "d"), waiter(40, "Process-4", 400, "c")),
                Map.of("a", 100L, "b", 200L, "c", 300L, "d", 400L));
        assertEquals(2, found.size());
    }
}
