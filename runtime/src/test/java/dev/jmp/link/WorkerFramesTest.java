package dev.jmp.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jmp.internal.TaskCall;
import dev.jmp.internal.WireFormatException;
import dev.jmp.internal.WireOutput;
import dev.jmp.spi.Outcome;
import dev.jmp.wire.RemoteFailure;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The frames of a pool worker's protocol round-trip, and bad ones are refused. */
class WorkerFramesTest {

    private static Frame roundTrip(Frame frame) throws Exception {
        WireOutput out = new WireOutput();
        frame.writeTo(out);
        byte[] body = out.toByteArray();
        return Frame.read(frame.tag(), new dev.jmp.internal.WireInput(body));
    }

    @Test
    void enlistRetireAndResultsRoundTrip() throws Exception {
        TaskCall init = new TaskCall("a.Init_Entry", new byte[] {7}, "Init.run");
        Enlist enlist = (Enlist) roundTrip(new Enlist("SpawnPoolWorker-1", true, "MainProcess", "/tmp/p", Optional.of(init)));
        assertEquals("SpawnPoolWorker-1", enlist.workerName());
        assertEquals("/tmp/p", enlist.progressFile());
        assertEquals("Init.run", enlist.initializer().orElseThrow().description());
        assertEquals(Optional.empty(), ((Enlist) roundTrip(new Enlist("w", false, "p", "f", Optional.empty()))).initializer());
        assertEquals(new Retire(), roundTrip(new Retire()));
        TaskResults results = (TaskResults) roundTrip(new TaskResults(5, 2, List.of(
                Outcome.value(new byte[] {1, 2}), new Outcome(true, RemoteFailure.of(new IllegalStateException("x")).encode())), 7));
        assertEquals(5, results.batchId());
        assertEquals(7, results.busyNanos());
        assertEquals(2, results.first());
        assertArrayEquals(new byte[] {1, 2}, results.outcomes().get(0).payload());
        assertEquals("java.lang.IllegalStateException", RemoteFailure.decode(results.outcomes().get(1).payload()).className());
    }

    @Test
    void aBatchWritesEachEntryNameOnceAndKeepsTheOrder() throws Exception {
        List<TaskCall> calls = List.of(new TaskCall("a.A", new byte[] {1}, "A"), new TaskCall("b.B", new byte[] {2}, "B"),
                new TaskCall("a.A", new byte[] {3}, "A"));
        RunTasks batch = (RunTasks) roundTrip(new RunTasks(9, calls));
        assertEquals(9, batch.batchId());
        assertEquals(List.of("a.A", "b.B", "a.A"), batch.calls().stream().map(TaskCall::entryClass).toList());
        assertArrayEquals(new byte[] {3}, batch.calls().get(2).arguments());
        WireOutput out = new WireOutput();
        new RunTasks(9, calls).writeTo(out);
        int once = out.size();
        assertEquals(8 + 4 + (4 + 3) * 2 + 4 + 3 * (4 + 1 + 4 + 1), once, "entry names are not repeated per task");
    }

    @Test
    void equalArgumentsOfConsecutiveTasksCrossOnce() throws Exception {
        byte[] big = new byte[1024];
        List<TaskCall> calls = List.of(new TaskCall("a.A", big, "A"), new TaskCall("a.A", big.clone(), "A"),
                new TaskCall("a.A", new byte[] {1}, "A"));
        WireOutput out = new WireOutput();
        new RunTasks(1, calls).writeTo(out);
        assertEquals(8 + 4 + 7 + 4 + (4 + 1 + 4 + 1024) + (4 + 1) + (4 + 1 + 4 + 1), out.size());
        RunTasks read = (RunTasks) roundTrip(new RunTasks(1, calls));
        assertArrayEquals(big, read.calls().get(1).arguments());
        assertArrayEquals(new byte[] {1}, read.calls().get(2).arguments());
    }

    @Test
    void aRemoteFailureKeepsMessageTraceCauseAndSuppressedAndSurvivesACycle() {
        IllegalStateException top = new IllegalStateException("top", new RuntimeException("cause"));
        top.addSuppressed(new ArithmeticException("hidden"));
        RemoteFailure f = RemoteFailure.decode(RemoteFailure.of(top).encode());
        assertEquals("top", f.message());
        assertEquals(top.getStackTrace()[0].getMethodName(), f.stackTrace().get(0).getMethodName());
        assertEquals("cause", f.cause().message());
        assertEquals("java.lang.ArithmeticException", f.suppressed().get(0).className());
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        RemoteFailure cyclic = RemoteFailure.of(a);
        assertEquals("b", cyclic.cause().message());
        assertNull(cyclic.cause().cause());
        RemoteFailure noMessage = RemoteFailure.decode(RemoteFailure.of(new NullPointerException()).encode());
        assertNull(noMessage.message());
    }

    @Test
    void aBatchNamingAnEntryItDoesNotListIsRefused() {
        WireOutput out = new WireOutput();
        out.writeLong(1);
        out.writeInt(0);
        out.writeInt(1);
        out.writeInt(0);
        out.writeBytes(new byte[0]);
        assertThrows(WireFormatException.class, () -> Frame.read(RunTasks.TAG, new dev.jmp.internal.WireInput(out.toByteArray())));
    }
}
