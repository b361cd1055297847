package dev.jmp.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WaitForGraphTest {

    private static final String SEGMENT = "jmp-1-2-1";
    private static final int SEMAPHORE = 1000;
    private static final int BARRIER = 2000;

    private static Waiter waiter(long pid, String process, long token, String lock) {
        return waiter(pid, process, token, lock, false);
    }

    private static Waiter waiter(long pid, String process, long token, String lock, boolean timed) {
        return waiter(pid, process, token, "Lock", offsetOf(lock), timed);
    }

    private static Waiter waiter(long pid, String process, long token, String kind, int offset, boolean timed) {
        return new Waiter(pid, process, token, 1, "main", kind, SEGMENT, offset, timed,
                "\tat example.Transfers.transfer(Transfers.java:" + pid + ")\n");
    }

    private static Waiter semaphoreWaiter(long pid, String process, long token) {
        return waiter(pid, process, token, "Semaphore", SEMAPHORE, false);
    }

    private static Waiter barrierWaiter(long pid, String process, long token, boolean timed) {
        return waiter(pid, process, token, "Barrier", BARRIER, timed);
    }

    private static int offsetOf(String lock) {
        return 64 + 8 * (lock.charAt(0) - 'a');
    }

    /** Owners by lock name; the graph asks by offset. */
    private static List<Deadlock> deadlocks(List<Waiter> waiters, Map<String, Long> owners) {
        return deadlocks(waiters, owners, Map.of());
    }

    /** Owners by lock name, and further words (semaphores, barriers) by offset. */
    private static List<Deadlock> deadlocks(List<Waiter> waiters, Map<String, Long> owners, Map<Integer, Long> words) {
        Map<Integer, Long> all = new HashMap<>(words);
        owners.forEach((lock, owner) -> all.put(offsetOf(lock), owner));
        return new WaitForGraph(waiters, (segment, offset) -> SEGMENT.equals(segment)
                ? all.getOrDefault(offset, 0L) : 0L).deadlocks();
    }

    /** A semaphore's words: its count, initial value and holders (token, count, token, count, ...). */
    private static Map<Integer, Long> semaphore(long value, long initial, long... holders) {
        Map<Integer, Long> words = new HashMap<>();
        words.put(SEMAPHORE, value);
        words.put(SEMAPHORE + 8, initial);
        for (int i = 0; i < holders.length; i++) {
            words.put(SEMAPHORE + 32 + 8 * i, holders[i]);
        }
        return words;
    }

    /** A barrier's words: generation (even: not broken), arrived parties, parties. */
    private static Map<Integer, Long> barrier(long generationWord, long arrived, long parties) {
        return Map.of(BARRIER, generationWord, BARRIER + 8, arrived, BARRIER + 24, parties);
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

    @Test
    void aSemaphoreWhoseOnlyHolderWaitsForTheWaitersLockIsADeadlock() {
        List<Deadlock> found = deadlocks(
                List.of(waiter(10, "Process-1", 100, "b"), semaphoreWaiter(20, "Process-2", 200)),
                Map.of("b", 200L), semaphore(0, 1, 100, 1));
        assertEquals(1, found.size());
        String report = found.get(0).report();
        assertTrue(report.contains("Process-1 (pid 10, thread \"main\") holds Semaphore A and waits for Lock B"), report);
        assertTrue(report.contains("Process-2 (pid 20, thread \"main\") holds Lock B and waits for Semaphore A"), report);
        assertTrue(report.contains("where Semaphore A is jmp-1-2-1@1000 (1 permit, none free) and Lock B is"
                + " jmp-1-2-1@72"), report);
    }

    @Test
    void aSemaphoreIsADeadlockOnlyWhenEveryHolderIsBlocked() {
        // Two permits, held by 100 and 300; 100 waits for lock b, which 200 holds; 200 waits for a permit.
        List<Waiter> oneHolderRuns = List.of(waiter(10, "Process-1", 100, "b"), semaphoreWaiter(20, "Process-2", 200));
        assertEquals(List.of(), deadlocks(oneHolderRuns, Map.of("b", 200L), semaphore(0, 2, 100, 1, 300, 1)));

        List<Waiter> bothBlocked = List.of(waiter(10, "Process-1", 100, "b"), semaphoreWaiter(20, "Process-2", 200),
                waiter(30, "Process-3", 300, "b"));
        List<Deadlock> found = deadlocks(bothBlocked, Map.of("b", 200L), semaphore(0, 2, 100, 1, 300, 1));
        assertEquals(1, found.size());
        assertEquals(Set.of(10L, 20L, 30L), found.get(0).pids());
        String report = found.get(0).report();
        assertTrue(report.contains("Process-3 (pid 30, thread \"main\") holds Semaphore A and waits for Lock B"), report);
        assertTrue(report.contains("(2 permits, none free)"), report);
    }

    @Test
    void aSemaphoreWithAFreePermitOrUntrackedPermitsIsNoDeadlock() {
        List<Waiter> waiters = List.of(waiter(10, "Process-1", 100, "b"), semaphoreWaiter(20, "Process-2", 200));
        assertEquals(List.of(), deadlocks(waiters, Map.of("b", 200L), semaphore(1, 2, 100, 1)), "a permit is free");
        assertEquals(List.of(), deadlocks(waiters, Map.of("b", 200L), semaphore(0, 2, 100, 1)),
                "a permit is held by a thread the table does not know");
        assertEquals(List.of(), deadlocks(waiters, Map.of("b", 200L), semaphore(0, 0)), "a signal: nobody holds it");
        assertEquals(List.of(), deadlocks(waiters, Map.of("b", 200L), semaphore(0, 1, -1, 1)),
                "a slot is being taken back");
    }

    @Test
    void aHolderSlotWithNoPermitLeftIsNoHolder() {
        // 300 took a permit that another thread of its process gave back; 100 holds the only one.
        List<Deadlock> found = deadlocks(
                List.of(waiter(10, "Process-1", 100, "b"), semaphoreWaiter(20, "Process-2", 200)),
                Map.of("b", 200L), semaphore(0, 1, 300, 0, 100, 1));
        assertEquals(1, found.size());
        assertEquals(Set.of(10L, 20L), found.get(0).pids());
    }

    @Test
    void aThreadWaitingForASemaphoreItHoldsEveryPermitOfIsADeadlock() {
        List<Deadlock> found = deadlocks(List.of(semaphoreWaiter(10, "Process-1", 100)), Map.of(),
                semaphore(0, 1, 100, 1));
        assertEquals(1, found.size());
        assertTrue(found.get(0).report().contains("holds Semaphore A and waits for Semaphore A"), found.get(0)::report);
    }

    @Test
    void aThreadThatOnlyWaitsForASemaphoreDeadlockIsLeftOut() {
        List<Deadlock> found = deadlocks(List.of(waiter(10, "Process-1", 100, "b"),
                semaphoreWaiter(20, "Process-2", 200), waiter(30, "Process-3", 300, "b")),
                Map.of("b", 200L), semaphore(0, 1, 100, 1));
        assertEquals(1, found.size());
        assertEquals(Set.of(10L, 20L), found.get(0).pids());
    }

    @Test
    void aBarrierWhoseMissingPartyWaitsForALockOfTheWaitingPartyIsADeadlock() {
        List<Deadlock> found = deadlocks(
                List.of(barrierWaiter(10, "Process-1", 100, false), waiter(20, "Process-2", 200, "a")),
                Map.of("a", 100L), barrier(4, 1, 2));
        assertEquals(1, found.size());
        String report = found.get(0).report();
        assertTrue(report.contains("Process-1 (pid 10, thread \"main\") holds Lock A and waits for Barrier B"), report);
        assertTrue(report.contains("Process-2 (pid 20, thread \"main\") waits for Lock A\n"), report);
        assertTrue(report.contains("and Barrier B is jmp-1-2-1@2000 (2 parties, 1 waiting)"), report);
    }

    @Test
    void aBarrierIsNoDeadlockWhileMorePartiesAreMissingThanThreadsAreBlockedOnIt() {
        List<Waiter> waiters = List.of(barrierWaiter(10, "Process-1", 100, false), waiter(20, "Process-2", 200, "a"));
        assertEquals(List.of(), deadlocks(waiters, Map.of("a", 100L), barrier(4, 1, 3)));
    }

    @Test
    void aBrokenBarrierATimedPartyOrAnUnrecordedArrivalIsNoDeadlock() {
        List<Waiter> waiters = List.of(barrierWaiter(10, "Process-1", 100, false), waiter(20, "Process-2", 200, "a"));
        assertEquals(List.of(), deadlocks(waiters, Map.of("a", 100L), barrier(5, 1, 2)), "broken");
        assertEquals(List.of(), deadlocks(waiters, Map.of("a", 100L), barrier(4, 0, 2)), "the round is over");
        assertEquals(List.of(), deadlocks(List.of(barrierWaiter(10, "Process-1", 100, true),
                waiter(20, "Process-2", 200, "a")), Map.of("a", 100L), barrier(4, 1, 2)), "timed");
        assertEquals(List.of(), deadlocks(List.of(barrierWaiter(10, "Process-1", 100, false),
                waiter(20, "Process-2", 200, "a"), waiter(30, "Process-3", 300, "c")),
                Map.of("a", 100L), barrier(4, 2, 3)), "an arrived party is not recorded");
    }
}
