package dev.jmp.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import dev.jmp.base.JmpLog;
import dev.jmp.cluster.driver.ClusterClient;
import dev.jmp.cluster.driver.RemoteProcess;
import dev.jmp.cluster.driver.RemoteWorkers;
import dev.jmp.cluster.setup.ClusterKey;
import dev.jmp.cluster.setup.ClusterSettings;
import dev.jmp.cluster.setup.HazelcastConfigs;
import dev.jmp.cluster.wire.Command;
import dev.jmp.cluster.wire.Envelope;
import dev.jmp.cluster.wire.Events;
import dev.jmp.cluster.wire.Reply;
import dev.jmp.cluster.wire.SignedCall;
import dev.jmp.cluster.wire.Signer;
import dev.jmp.internal.TaskCall;
import dev.jmp.internal.task.Tasks;
import dev.jmp.internal.WireOutput;
import dev.jmp.spi.LaunchOptions;
import dev.jmp.spi.Outcome;
import dev.jmp.spi.RunningProcess;
import dev.jmp.spi.WorkerEvents;
import dev.jmp.spi.WorkerExit;
import dev.jmp.spi.WorkerHandle;
import dev.jmp.testing.CapturedRecords;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a member accepts from drivers: only what is signed with the cluster key, recently, once;
 * and what it does when a driver closes: it kills everything the driver ran there at once.
 */
class MemberGuardTest {

    @TempDir
    static Path dir;

    static TestCluster cluster;
    static HazelcastInstance raw;
    static Member target;
    static Signer key;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = TestCluster.start(2, 1, dir);
        ClusterSettings settings = ClusterSettings.fromSystemProperties();
        key = new Signer(ClusterKey.load(settings));
        raw = HazelcastClient.newHazelcastClient(HazelcastConfigs.client(settings));
        target = raw.getCluster().getMembers().iterator().next();
    }

    @AfterAll
    static void stopCluster() {
        if (raw != null) {
            raw.shutdown();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aMemberRefusesWhatIsUnsignedSignedWithAnotherKeyChangedStaleOrReplayed() throws Exception {
        long session = ThreadLocalRandom.current().nextLong() | 1;
        byte[] open = new Command.Open("a test").encode();
        Signer wrong = new Signer("not the cluster's key, though long enough".getBytes(StandardCharsets.UTF_8));
        Envelope signed = key.seal(Signer.COMMAND, "tester", session, 1, open);

        try (CapturedRecords logged = new CapturedRecords(JmpLog.CLUSTER)) {
            assertRefused("[jmp.cluster.unsigned] ", signed.withMac(new byte[0]));
            LogRecord refused = logged.await(r -> r.getMessage().startsWith("[jmp.cluster.refused] [jmp.cluster.unsigned] "),
                    Await.LIMIT);
            assertEquals(java.util.logging.Level.WARNING, refused.getLevel(), "the member logs what it refused");
        }
        assertRefused("[jmp.cluster.bad-signature] ", wrong.seal(Signer.COMMAND, "tester", session, 1, open));
        byte[] other = new Command.Open("another test").encode();
        assertRefused("[jmp.cluster.bad-signature] ", new Envelope("tester", session, 1, signed.nonceHigh(),
                signed.nonceLow(), signed.time(), other, signed.mac()));
        assertRefused("[jmp.cluster.bad-signature] ", new Envelope("tester", session, 2, signed.nonceHigh(),
                signed.nonceLow(), signed.time(), open, signed.mac()));
        assertRefused("[jmp.cluster.stale] ", key.seal(Signer.COMMAND, "tester", session, 1, open,
                System.currentTimeMillis() - Duration.ofMinutes(5).toMillis()));

        assertEquals(Reply.Status.OK, command(signed).status(), "the signed command opens the session");
        assertRefused("[jmp.cluster.replayed] ", signed);

        // a batch for a worker of that session, signed with the wrong key, starts nothing
        long children = ProcessHandle.current().children().count();
        TaskCall call = Tasks.call(WorkTasks.square(3));
        assertRefused("[jmp.cluster.bad-signature] ", wrong.seal(Signer.COMMAND, "tester", session, 2,
                new Command.StartWorker(1, 1, "intruder", false, true, List.of(), Optional.empty(), 0).encode()));
        assertRefused("[jmp.cluster.bad-signature] ", wrong.seal(Signer.COMMAND, "tester", session, 2,
                new Command.RunBatch(1, 1, List.of(call)).encode()));
        assertEquals(children, ProcessHandle.current().children().count(), "a refused command started a JVM");

        WireOutput acked = new WireOutput();
        acked.writeLong(0);
        Events polled = Events.decode(raw.getExecutorService(HazelcastConfigs.POLLS).submitToMember(
                new SignedCall(Signer.POLL, wrong.seal(Signer.POLL, "tester", session, 0, acked.toByteArray())), target)
                .get(Await.LIMIT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(Events.Status.REFUSED, polled.status());
        assertTrue(polled.message().startsWith("[jmp.cluster.bad-signature] "), polled.message());
    }

    @Test
    void aGoodbyeClosesTheSessionAheadOfCommandsOnTheirWayAndWhatComesLateIsToldItIsClosed() throws Exception {
        long session = ThreadLocalRandom.current().nextLong() | 1;
        assertEquals(Reply.Status.OK, command(key.seal(Signer.COMMAND, "tester", session, 1,
                new Command.Open("a test").encode())).status());
        try (CapturedRecords logged = new CapturedRecords(JmpLog.CLUSTER)) {
            // command 2 is still on its way: the goodbye, command 3, does not wait for it
            Reply goodbye = command(key.seal(Signer.COMMAND, "tester", session, 3, new Command.Close().encode()));
            assertEquals(Reply.Status.OK, goodbye.status(), goodbye.message());
            logged.await(r -> r.getMessage().matches("\\[member .*\\] driver tester said goodbye: session " + session
                    + " closed, its workers and processes killed"), Await.LIMIT);
        }
        long children = ProcessHandle.current().children().count();
        Reply late = command(key.seal(Signer.COMMAND, "tester", session, 2,
                new Command.StartWorker(1, 1, "late", false, true, List.of(), Optional.empty(), 0).encode()));
        assertEquals(Reply.Status.CLOSED, late.status(), late.message());
        assertTrue(late.message().startsWith("[jmp.cluster.session-closed] "), late.message());
        assertEquals(children, ProcessHandle.current().children().count(), "a command after the goodbye started a JVM");
        WireOutput acked = new WireOutput();
        acked.writeLong(0);
        Events polled = Events.decode(raw.getExecutorService(HazelcastConfigs.POLLS).submitToMember(
                new SignedCall(Signer.POLL, key.seal(Signer.POLL, "tester", session, 0, acked.toByteArray())), target)
                .get(Await.LIMIT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(Events.Status.CLOSED, polled.status(), polled.message());
    }

    @Test
    void aDriverThatLeavesHasItsWorkersAndProcessesOnTheMembersKilled() throws Exception {
        ClusterClient driver = ClusterClient.connect(ClusterSettings.fromSystemProperties());
        Path processStarted = dir.resolve("orphan-process");
        Path workerStarted = dir.resolve("orphan-worker");
        LaunchOptions options = new LaunchOptions(List.of(), 0, Duration.ofSeconds(1));
        RunningProcess process = RemoteProcess.start(driver, "orphan", false,
                Tasks.call(WorkTasks.awaitRelease(processStarted.toString(), "never")), options);
        CountDownLatch ready = new CountDownLatch(1);
        WorkerHandle worker = new RemoteWorkers(driver, options, Optional.empty(), true).worker("orphan", new WorkerEvents() {
            @Override
            public void ready(Outcome initializer) {
                ready.countDown();
            }

            @Override
            public void outcomes(long batchId, int first, List<Outcome> outcomes, long busyNanos) {}

            @Override
            public void exited(WorkerExit exit) {}
        });
        worker.start();
        assertTrue(ready.await(Await.LIMIT.toSeconds(), TimeUnit.SECONDS), "the worker never became ready");
        worker.send(1, List.of(Tasks.call(WorkTasks.awaitRelease(workerStarted.toString(), "never"))));
        assertTrue(Await.until(() -> Files.exists(processStarted) && Files.exists(workerStarted)), "never started");
        long processPid = process.pid();
        long workerPid = worker.pid();

        try (CapturedRecords logged = new CapturedRecords(JmpLog.CLUSTER)) {
            driver.close();

            assertTrue(Await.until(() -> Await.gone(processPid)), "the process of the driver that left still runs");
            assertTrue(Await.until(() -> Await.gone(workerPid)), "the worker of the driver that left still runs");
            LogRecord closed = logged.await(r -> r.getMessage().matches(
                    "\\[member .*\\] driver .* said goodbye: session .* closed, its workers and processes killed"),
                    Await.LIMIT);
            assertEquals(java.util.logging.Level.INFO, closed.getLevel(), "the member logs the session it closed");
        }
    }

    private static Reply command(Envelope envelope) throws Exception {
        return Reply.decode(raw.getExecutorService(HazelcastConfigs.COMMANDS)
                .submitToMember(new SignedCall(Signer.COMMAND, envelope), target)
                .get(Await.LIMIT.toSeconds(), TimeUnit.SECONDS));
    }

    private static void assertRefused(String code, Envelope envelope) throws Exception {
        Reply reply = command(envelope);
        assertEquals(Reply.Status.REFUSED, reply.status(), reply.message());
        assertTrue(reply.message().startsWith(code), reply.message());
    }
}
