package dev.jmp.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.base.Deadline;
import dev.jmp.shm.Handles;
import dev.jmp.shm.SharedMemoryIsolation;
import dev.jmp.sync.Barrier;
import dev.jmp.sync.Condition;
import dev.jmp.sync.Event;
import dev.jmp.sync.Lock;
import dev.jmp.sync.Semaphore;
import dev.jmp.testing.JavaProgram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedMemoryIsolation.class)
class CrossProcessDeadlockTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void twoChildJvmsTakingTwoLocksInOppositeOrderAreReportedWithBothStacks() throws Exception {
        try (Lock a = Lock.create(); Lock b = Lock.create(); Event aHeld = Event.create(); Event bHeld = Event.create()) {
            JavaProgram one = JavaProgram.start(SharedMemoryIsolation.childOptions(), LockOrderChild.class, Handles.encode(a), Handles.encode(b),
                    Handles.encode(aHeld), Handles.encode(bHeld));
            JavaProgram two = JavaProgram.start(SharedMemoryIsolation.childOptions(), LockOrderChild.class, Handles.encode(b), Handles.encode(a),
                    Handles.encode(bHeld), Handles.encode(aHeld));
            try {
                AtomicReference<List<Deadlock>> found = new AtomicReference<>(List.of());
                boolean detected = Deadline.await(LIMIT, () -> {
                    found.set(Deadlocks.detect());
                    return !found.get().isEmpty();
                });
                assertTrue(detected, () -> "no deadlock found; outputs:\n" + one + "\n" + two);
                assertEquals(1, found.get().size());
                Deadlock deadlock = found.get().get(0);
                assertEquals(Set.of(one.pid(), two.pid()), deadlock.pids());
                String report = deadlock.report();
                assertTrue(report.contains("holds Lock A and waits for Lock B"), report);
                assertTrue(report.contains("holds Lock B and waits for Lock A"), report);
                assertEquals(2, report.lines().filter(l -> l.contains("at dev.jmp.diagnostics.LockOrderChild.main("))
                        .count(), report);
                assertTrue(report.contains("at dev.jmp.sync.Lock.acquire("), report);
            } finally {
                one.kill();
                two.kill();
            }
            assertEquals(List.of(), Deadlocks.detect(), "the killed processes' tables are ignored");
        }
    }

    @Test
    void noDeadlockWhileOneProcessOnlyWaitsForAnother() throws Exception {
        try (Lock a = Lock.create(); Lock free = Lock.create(); Event held = Event.create()) {
            a.acquire();
            JavaProgram waiter = JavaProgram.start(SharedMemoryIsolation.childOptions(), LockOrderChild.class, Handles.encode(free),
                    Handles.encode(a), Handles.encode(held), Handles.encode(held));
            try {
                assertTrue(held.await(LIMIT), waiter::toString);
                assertTrue(Deadline.await(LIMIT, () -> waitersIn(SharedMemoryIsolation.directory()) > 0),
                        waiter::toString);
                assertEquals(List.of(), Deadlocks.detect());
            } finally {
                waiter.kill();
                a.release();
            }
        }
    }

    @Test
    void aProcessHoldingASemaphoresOnlyPermitAndOneWaitingForItAreReportedWithTheSemaphoreNamed()
            throws Exception {
        try (Semaphore semaphore = Semaphore.create(1); Lock lock = Lock.create(); Event permitHeld = Event.create();
                Event lockHeld = Event.create()) {
            JavaProgram one = JavaProgram.start(SharedMemoryIsolation.childOptions(), MixedDeadlockChild.class, "permit-then-lock", Handles.encode(semaphore),
                    Handles.encode(lock), Handles.encode(permitHeld), Handles.encode(lockHeld));
            JavaProgram two = JavaProgram.start(SharedMemoryIsolation.childOptions(), MixedDeadlockChild.class, "lock-then-permit", Handles.encode(lock),
                    Handles.encode(semaphore), Handles.encode(lockHeld), Handles.encode(permitHeld));
            try {
                Deadlock deadlock = theDeadlockOf(one, two);
                String report = deadlock.report();
                String first = deadlock.parties().get(0).pid() == one.pid()
                        ? "holds Semaphore A and waits for Lock B" : "holds Lock A and waits for Semaphore B";
                String second = deadlock.parties().get(0).pid() == one.pid()
                        ? "holds Lock B and waits for Semaphore A" : "holds Semaphore B and waits for Lock A";
                assertTrue(report.contains(first), report);
                assertTrue(report.contains(second), report);
                assertTrue(report.contains("(1 permit, none free)"), report);
                assertEquals(2, report.lines().filter(l -> l.contains("at dev.jmp.diagnostics.MixedDeadlockChild.main("))
                        .count(), report);
                assertTrue(report.contains("at dev.jmp.sync.Semaphore.acquire("), report);
            } finally {
                one.kill();
                two.kill();
            }
            assertEquals(List.of(), Deadlocks.detect(), "the killed processes' tables are ignored");
        }
    }

    @Test
    void noDeadlockWhileASemaphoresHolderRuns() throws Exception {
        try (Semaphore semaphore = Semaphore.create(1); Event waiting = Event.create(); Lock unused = Lock.create()) {
            semaphore.acquire();
            JavaProgram waiter = JavaProgram.start(SharedMemoryIsolation.childOptions(), MixedDeadlockChild.class, "lock-then-permit", Handles.encode(unused),
                    Handles.encode(semaphore), Handles.encode(waiting), Handles.encode(waiting));
            try {
                assertTrue(waiting.await(LIMIT), waiter::toString);
                assertTrue(Deadline.await(LIMIT, () -> waitersIn(SharedMemoryIsolation.directory()) > 0),
                        waiter::toString);
                assertEquals(List.of(), Deadlocks.detect());
            } finally {
                waiter.kill();
                semaphore.release();
            }
        }
    }

    @Test
    void aPartyWaitingAtABarrierForAPartyBlockedOnItsLockIsReportedWithTheBarrierNamed() throws Exception {
        try (Barrier barrier = Barrier.create(2); Lock lock = Lock.create(); Event lockHeld = Event.create();
                Event started = Event.create()) {
            JavaProgram atBarrier = JavaProgram.start(SharedMemoryIsolation.childOptions(), MixedDeadlockChild.class, "lock-then-barrier", Handles.encode(lock),
                    Handles.encode(barrier), Handles.encode(lockHeld), Handles.encode(started));
            JavaProgram missing = JavaProgram.start(SharedMemoryIsolation.childOptions(), MixedDeadlockChild.class, "then-lock", Handles.encode(lock),
                    Handles.encode(started), Handles.encode(lockHeld));
            try {
                Deadlock deadlock = theDeadlockOf(atBarrier, missing);
                String report = deadlock.report();
                assertTrue(report.contains("\"main\") holds Lock A and waits for Barrier B"), report);
                assertTrue(report.contains("(pid " + missing.pid() + ", thread \"main\") waits for Lock A"), report);
                assertTrue(report.contains("(2 parties, 1 waiting)"), report);
                assertTrue(report.contains("at dev.jmp.sync.Barrier.await("), report);
            } finally {
                atBarrier.kill();
                missing.kill();
            }
            assertEquals(List.of(), Deadlocks.detect(), "the killed processes' tables are ignored");
        }
    }

    @Test
    void aSignalledWaiterReacquiringAConditionsLockIsALockWait() throws Exception {
        try (Condition condition = Condition.create(); Lock lock = Lock.create(); Event waiting = Event.create();
                Event unused = Event.create()) {
            JavaProgram waiter = JavaProgram.start(SharedMemoryIsolation.childOptions(), MixedDeadlockChild.class, "lock-then-await", Handles.encode(lock),
                    Handles.encode(condition), Handles.encode(waiting), Handles.encode(unused));
            JavaProgram signaller = JavaProgram.start(SharedMemoryIsolation.childOptions(), MixedDeadlockChild.class, "signal-then-lock",
                    Handles.encode(condition), Handles.encode(lock), Handles.encode(unused), Handles.encode(waiting));
            try {
                Deadlock deadlock = theDeadlockOf(waiter, signaller);
                String report = deadlock.report();
                assertTrue(summaryOf(report, waiter.pid()).matches(".* holds Lock . and waits for RLock ."), report);
                assertTrue(summaryOf(report, signaller.pid()).matches(".* holds RLock . and waits for Lock ."), report);
                assertTrue(report.contains("at dev.jmp.sync.Condition.await("), report);
            } finally {
                waiter.kill();
                signaller.kill();
            }
        }
    }

    /** Waits until a deadlock of exactly {@code children} is detected, and returns it. */
    private static Deadlock theDeadlockOf(JavaProgram... children) throws InterruptedException {
        AtomicReference<List<Deadlock>> found = new AtomicReference<>(List.of());
        boolean detected = Deadline.await(LIMIT, () -> {
            found.set(Deadlocks.detect());
            return !found.get().isEmpty();
        });
        String outputs = Arrays.stream(children).map(JavaProgram::toString).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(detected, () -> "no deadlock found; outputs:" + outputs);
        assertEquals(1, found.get().size(), () -> found.get().toString());
        Deadlock deadlock = found.get().get(0);
        assertEquals(Arrays.stream(children).map(JavaProgram::pid).collect(Collectors.toSet()),
                deadlock.pids(), deadlock::report);
        return deadlock;
    }

    /** The report's first line about {@code pid}: what it holds and waits for. */
    private static String summaryOf(String report, long pid) {
        return report.lines().filter(l -> l.contains("(pid " + pid + ",")).findFirst().orElse("");
    }

    private static long waitersIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().startsWith("jmp-waits-"))
                    .mapToLong(f -> WaitTables.read(f).size()).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
