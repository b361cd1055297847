package dev.jmp.cluster.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.internal.TaskCall;
import dev.jmp.spi.BatchProgress;
import dev.jmp.spi.Outcome;
import dev.jmp.spi.WorkerExit;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What crosses between drivers and members reads back as written, and a signature covers all of it. */
class WireTest {

    @Test
    void aBatchNamesEachEntryOnceAndRepeatedArgumentsOnce() {
        byte[] same = {1, 2, 3};
        List<TaskCall> calls = List.of(new TaskCall("a.Entry", same, "A.f"), new TaskCall("a.Entry", same.clone(), "A.f"),
                new TaskCall("b.Entry", new byte[] {9}, "B.g"));
        Command.RunBatch read = (Command.RunBatch) Command.decode(new Command.RunBatch(7, 42, calls).encode());
        assertEquals(7, read.worker());
        assertEquals(42, read.batchId());
        assertEquals(List.of("a.Entry", "a.Entry", "b.Entry"), read.calls().stream().map(TaskCall::entryClass).toList());
        assertSame(read.calls().get(0).arguments(), read.calls().get(1).arguments());
        assertArrayEquals(new byte[] {9}, read.calls().get(2).arguments());
    }

    @Test
    void commandsReadBackAsWritten() {
        TaskCall init = new TaskCall("a.Init", new byte[] {5}, "A.init");
        Command.StartWorker start = (Command.StartWorker) Command.decode(new Command.StartWorker(3, 4, "SpawnPoolWorker-3",
                true, false, List.of("-Xmx64m"), Optional.of(init), 5_000).encode());
        assertEquals("SpawnPoolWorker-3", start.name());
        assertTrue(start.inMember());
        assertFalse(start.daemon());
        assertEquals(List.of("-Xmx64m"), start.jvmOptions());
        assertEquals("A.init", start.initializer().orElseThrow().description());
        assertEquals(5_000, start.reuseMillis());
        assertEquals(new Command.WorkerVerb(3, Command.Verb.RELEASE),
                Command.decode(new Command.WorkerVerb(3, Command.Verb.RELEASE).encode()));
        assertEquals(new Command.WorkerVerb(3, Command.Verb.STOP), Command.decode(new Command.WorkerVerb(3, Command.Verb.STOP).encode()));
        assertEquals(new Command.SignalProcess(9, true), Command.decode(new Command.SignalProcess(9, true).encode()));
        assertEquals(new Command.Close(), Command.decode(new Command.Close().encode()));
    }

    @Test
    void eventsReadBackAsWrittenWithTheExitAndWhatTheBatchHadDone() {
        Outcome ok = Outcome.value(new byte[] {1});
        Outcome failed = new Outcome(true, new byte[] {2, 3});
        WorkerExit exit = new WorkerExit(-9, true, "signal 9 (SIGKILL)", List.of("last line"),
                new BatchProgress(5, 2, 1, List.of(failed)));
        Events events = Events.decode(Events.of(List.of(new Events.Numbered(1, new Event.Ready(1, 1234, null)),
                new Events.Numbered(2, new Event.Outcomes(1, 5, 0, List.of(ok), 77)),
                new Events.Numbered(3, new Event.Exited(1, exit)),
                new Events.Numbered(4, new Event.ProcessExited(2, -15)))).encode());
        assertEquals(4, events.events().size());
        assertEquals(1234, ((Event.Ready) events.events().get(0).event()).pid());
        Event.Outcomes outcomes = (Event.Outcomes) events.events().get(1).event();
        assertEquals(77, outcomes.busyNanos());
        assertArrayEquals(new byte[] {1}, outcomes.outcomes().get(0).payload());
        WorkerExit read = ((Event.Exited) events.events().get(2).event()).exit();
        assertEquals(List.of("last line"), read.outputTail());
        assertEquals(2, read.lastBatch().running());
        assertTrue(read.lastBatch().logged().get(0).failed());
        assertFalse(read.heldLost());
        assertEquals(new Event.ProcessExited(2, -15), events.events().get(3).event());
    }

    @Test
    void theSignatureCoversKindDriverSessionOrderTimeAndBody() {
        Signer signer = new Signer("a key of thirty-two bytes or so..".getBytes(StandardCharsets.UTF_8));
        Envelope e = signer.seal(Signer.COMMAND, "driver", 11, 3, new byte[] {1, 2});
        assertTrue(signer.verify(Signer.COMMAND, e));
        assertFalse(signer.verify(Signer.POLL, e), "a command's signature does not pass for a poll's");
        List<Envelope> changed = List.of(
                new Envelope("other", 11, 3, e.nonceHigh(), e.nonceLow(), e.time(), e.body(), e.mac()),
                new Envelope("driver", 12, 3, e.nonceHigh(), e.nonceLow(), e.time(), e.body(), e.mac()),
                new Envelope("driver", 11, 4, e.nonceHigh(), e.nonceLow(), e.time(), e.body(), e.mac()),
                new Envelope("driver", 11, 3, e.nonceHigh() + 1, e.nonceLow(), e.time(), e.body(), e.mac()),
                new Envelope("driver", 11, 3, e.nonceHigh(), e.nonceLow(), e.time() + 1, e.body(), e.mac()),
                new Envelope("driver", 11, 3, e.nonceHigh(), e.nonceLow(), e.time(), new byte[] {1, 3}, e.mac()));
        for (Envelope c : changed) {
            assertFalse(signer.verify(Signer.COMMAND, c), c.toString());
        }
    }
}
