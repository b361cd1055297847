package dev.jmp.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.client.Client;
import com.hazelcast.client.ClientListener;
import com.hazelcast.client.impl.ClientEngine;
import com.hazelcast.client.impl.ClientSelectors;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.instance.impl.HazelcastInstanceProxy;
import dev.jmp.base.Deadline;
import dev.jmp.base.JmpLog;
import dev.jmp.cluster.driver.ClusterClient;
import dev.jmp.cluster.driver.RemoteProcess;
import dev.jmp.cluster.setup.ClusterSettings;
import dev.jmp.spi.Outcome;
import dev.jmp.spi.WorkerHandle;
import dev.jmp.testing.CapturedRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a member takes a driver for gone: not when one connection drops (a live driver cut off
 * from one member keeps its worker and process there, and finishes its work), but when its polls
 * stop for the lease (one that dies without a word has its work killed then). The goodbye of a
 * driver that closes is in {@link MemberGuardTest}. Two members in this JVM, one worker each.
 */
class DriverDepartureTest {

    /** The member's lease: how long a session lives without a poll. */
    private static final Duration LEASE = Duration.ofSeconds(10);
    private static final String SESSION_CLOSED = "\\[member .*\\] .*: session .* closed, its workers and processes killed";

    @TempDir
    static Path dir;

    static TestCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = TestCluster.start(2, 1, dir);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aLiveDriverCutOffFromTheMemberOfItsWorkAloneKeepsItAndFinishesIt() throws Exception {
        ClusterClient driver = ClusterClient.connect(ClusterSettings.fromSystemProperties());
        try {
            Path release = dir.resolve("release-cut");
            RemoteProcess process = Placed.process(driver, dir.resolve("process-cut"), release);
            Placed placed = Placed.workersWith(driver, process.host());
            WorkerHandle worker = placed.on(process.host());
            placed.run(worker, dir.resolve("task-cut"), release);
            HazelcastInstance member = cluster.member(process.host()).hazelcast();
            String self = driver.hazelcast().getLocalEndpoint().getUuid().toString();
            assertTrue(Await.until(() -> cluster.members.stream().allMatch(m -> connected(m.hazelcast(), self))),
                    "the driver is connected to every member");
            CountDownLatch cut = disconnected(member, self);
            ClientEngine engine = ((HazelcastInstanceProxy) member).getOriginal().node.getClientEngine();
            try (CapturedRecords logged = new CapturedRecords(JmpLog.CLUSTER)) {
                // the member closes its connection to the driver and refuses it until told otherwise
                engine.applySelector(client -> !client.getUuid().toString().equals(self));
                try {
                    assertTrue(cut.await(Await.LIMIT.toSeconds(), TimeUnit.SECONDS), "the member saw the driver go");
                    assertFalse(Deadline.await(LEASE.plusSeconds(2), () -> !process.isAlive() || Await.gone(process.pid())
                                    || placed.exited(worker) || Await.gone(worker.pid())),
                            "the process and the worker of the live driver outlive a poll period and the lease");
                    Files.writeString(release, "");
                    Outcome outcome = placed.outcome(worker);
                    assertFalse(outcome.failed(), "the task on the cut member finishes");
                    assertTrue(process.await(Await.LIMIT.toMillis()), "the process on the cut member finishes");
                    assertEquals(OptionalInt.of(0), process.exitCode(), "with its own exit code");
                    assertFalse(connected(member, self), "all of it while the member had the driver cut off");
                } finally {
                    engine.applySelector(ClientSelectors.any());
                }
                List<String> closed = logged.records().stream().map(LogRecord::getMessage)
                        .filter(m -> m.matches(SESSION_CLOSED)).toList();
                assertEquals(List.of(), closed, "no member closed a session of the live driver");
            }
        } finally {
            driver.close();
        }
    }

    @Test
    void aDriverThatDiesWithoutAWordHasItsWorkKilledWhenItsLeaseRunsOut() throws Exception {
        ClusterClient driver = ClusterClient.connect(ClusterSettings.fromSystemProperties());
        Path never = dir.resolve("never");
        RemoteProcess process = Placed.process(driver, dir.resolve("process-dead"), never);
        Placed placed = Placed.workersWith(driver, process.host());
        WorkerHandle worker = placed.on(process.host());
        placed.run(worker, dir.resolve("task-dead"), never);
        long processPid = process.pid();
        long workerPid = worker.pid();

        try (CapturedRecords logged = new CapturedRecords(JmpLog.CLUSTER)) {
            driver.hazelcast().getLifecycleService().terminate(); // nothing more is sent, not even a goodbye

            assertTrue(Await.until(() -> Await.gone(processPid)), "the process of the dead driver still runs");
            assertTrue(Await.until(() -> Await.gone(workerPid)), "the worker of the dead driver still runs");
            LogRecord closed = logged.await(r -> r.getMessage().matches("\\[member .*\\] driver .* has not polled for "
                    + LEASE.toSeconds() + " s: session .* closed, its workers and processes killed"), Await.LIMIT);
            assertEquals(java.util.logging.Level.INFO, closed.getLevel(), "the member logs the session it closed");
            assertTrue(logged.records().stream().noneMatch(r -> r.getMessage().contains("said goodbye")),
                    "a driver that died said nothing");
        } finally {
            driver.close();
        }
    }

    private static boolean connected(HazelcastInstance member, String client) {
        return member.getClientService().getConnectedClients().stream()
                .anyMatch(c -> c.getUuid().toString().equals(client));
    }

    /** Counts down when {@code member} loses its connection to {@code client}. */
    private static CountDownLatch disconnected(HazelcastInstance member, String client) {
        CountDownLatch gone = new CountDownLatch(1);
        member.getClientService().addClientListener(new ClientListener() {
            @Override
            public void clientConnected(Client c) {}

            @Override
            public void clientDisconnected(Client c) {
                if (c.getUuid().toString().equals(client)) {
                    gone.countDown();
                }
            }
        });
        return gone;
    }
}
