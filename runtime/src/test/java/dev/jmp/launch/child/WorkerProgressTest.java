package dev.jmp.launch.child;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.spi.BatchProgress;
import dev.jmp.spi.Outcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a dead worker's progress file tells its parent: the running task and the outcomes not yet sent. */
class WorkerProgressTest {

    @TempDir
    Path tmp;

    private WorkerProgress progress() throws Exception {
        Path file = tmp.resolve("worker.progress");
        WorkerProgress.create(file);
        return WorkerProgress.open(file);
    }

    private BatchProgress snapshot() throws Exception {
        return WorkerProgress.read(tmp.resolve("worker.progress"));
    }

    @Test
    void finishedOutcomesAreReadBackInOrderUntilTheyAreSent() throws Exception {
        WorkerProgress progress = progress();
        assertEquals(new BatchProgress(0, 0, 0, List.of()), snapshot(), "a worker that ran nothing");
        progress.batchStarted(7);
        progress.taskStarted(0);
        assertTrue(progress.finished(0, Outcome.value(new byte[] {1, 2})));
        progress.taskStarted(1);
        assertTrue(progress.finished(1, new Outcome(true, new byte[] {3})));
        progress.taskStarted(2);
        BatchProgress at = snapshot();
        assertEquals(7, at.batchId());
        assertEquals(2, at.running());
        assertEquals(0, at.loggedFirst());
        assertEquals(2, at.logged().size());
        assertFalse(at.logged().get(0).failed());
        assertArrayEquals(new byte[] {1, 2}, at.logged().get(0).payload());
        assertTrue(at.logged().get(1).failed());

        progress.sent(2);
        assertTrue(progress.finished(2, Outcome.value(new byte[] {4})));
        at = snapshot();
        assertEquals(2, at.loggedFirst(), "the log restarts after what was sent");
        assertEquals(1, at.logged().size());

        progress.batchStarted(8);
        at = snapshot();
        assertEquals(8, at.batchId());
        assertEquals(List.of(), at.logged(), "a new batch starts with an empty log");
    }

    @Test
    void anOutcomeTooLargeForTheLogIsRefusedSoTheWorkerSendsItAtOnce() throws Exception {
        WorkerProgress progress = progress();
        progress.batchStarted(1);
        assertFalse(progress.finished(0, Outcome.value(new byte[WorkerProgress.FILE_BYTES])));
        assertTrue(progress.finished(0, Outcome.value(new byte[100])));
        int room = WorkerProgress.FILE_BYTES - WorkerProgress.LOG_START - 105;
        assertFalse(progress.finished(1, Outcome.value(new byte[room])), "a byte too many for what is left");
        assertTrue(progress.finished(1, Outcome.value(new byte[room - 5])));
        assertEquals(2, snapshot().logged().size());
    }
}
