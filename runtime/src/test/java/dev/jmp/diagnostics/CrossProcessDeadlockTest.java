package dev.jmp.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.internal.WaitTableFile;
import dev.jmp.shm.ChildJvm;
import dev.jmp.shm.Handles;
import dev.jmp.shm.SharedMemoryIsolation;
import dev.jmp.sync.Event;
import dev.jmp.sync.Lock;
import dev.jmp.testing.Deadline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedMemoryIsolation.class)
class CrossProcessDeadlockTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void twoChildJvmsTakingTwoLocksInOppositeOrderAreReportedWithBothStacks() throws Exception {
        try (Lock a = Lock.create(); Lock b = Lock.create(); Event aHeld = Event.create(); Event bHeld = Event.create()) {
            ChildJvm one = ChildJvm.start(LockOrderChild.class, Handles.encode(a), Handles.encode(b),
                    Handles.encode(aHeld), Handles.encode(bHeld));
            ChildJvm two = ChildJvm.start(LockOrderChild.class, Handles.encode(b), Handles.encode(a),
                    Handles.encode(bHeld), Handles.encode(aHeld));
            try {
                AtomicReference<List<Deadlock>> found = new AtomicReference<>(List.of());
                boolean detected = Deadline.await(LIMIT, () -> {
                    found.set(Deadlocks.detect());
                    return !found.get().isEmpty();
                });
                assertTrue(detected, () -> "no deadlock found; outputs:\n" + one.output() + "\n" + two.output());
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
            ChildJvm waiter = ChildJvm.start(LockOrderChild.class, Handles.encode(free),
                    Handles.encode(a), Handles.encode(held), Handles.encode(held));
            try {
                assertTrue(held.await(LIMIT), waiter::output);
                assertTrue(Deadline.await(LIMIT, () -> waitersIn(SharedMemoryIsolation.directory()) > 0),
                        waiter::output);
                assertEquals(List.of(), Deadlocks.detect());
            } finally {
                waiter.kill();
                a.release();
            }
        }
    }

    private static long waitersIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().startsWith("jmp-waits-"))
                    .mapToLong(f -> WaitTableFile.read(f).size()).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
