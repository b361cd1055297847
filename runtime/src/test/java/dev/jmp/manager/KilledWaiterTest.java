package dev.jmp.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.Process;
import dev.jmp.base.Deadline;
import dev.jmp.testing.NoLeftovers;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A process SIGKILLed while the manager blocks a call for it (an acquire, a take, a condition
 * wait) gets nothing: what the manager grants it afterwards goes to the next caller, over a Unix
 * socket and over TCP, where writing the reply into the dead process's socket still succeeds.
 * Each test waits until the server runs the victim's call (the call cannot finish: what it waits
 * for is held), then kills it. A thread interrupted in such a call, which closes its connection
 * while its process lives on, gets nothing either.
 */
@ExtendWith(NoLeftovers.class)
class KilledWaiterTest {

    private static final Duration LIMIT = Duration.ofSeconds(120);
    /** How long the next caller may wait: generous, but a leaked grant never ends it. */
    private static final Duration NEXT = Duration.ofSeconds(30);

    private static SyncManager start(boolean tcp) {
        return tcp ? new SyncManager(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                "killed waiter".getBytes(StandardCharsets.UTF_8)).start() : Manager.start();
    }

    private static long idOf(BaseProxy proxy) {
        return BaseManager.objectId(proxy);
    }

    /** Starts {@code victim}, waits until the server runs its call on {@code blocked}, kills it. */
    private static void killWhileBlocked(SyncManager manager, BaseProxy blocked, Process victim) throws Exception {
        victim.start();
        try {
            assertTrue(Deadline.await(LIMIT, () -> manager.callsInProgress(idOf(blocked)) == 1),
                    "the victim's call never reached the server");
        } finally {
            victim.kill();
            assertTrue(victim.join(LIMIT));
        }
        assertEquals(-9, victim.exitCode().orElseThrow());
    }

    @ParameterizedTest(name = "tcp={0}")
    @ValueSource(booleans = {false, true})
    void aLockIsNotLeftToAnAcquirerKilledWhileItWaited(boolean tcp) throws Exception {
        try (SyncManager manager = start(tcp)) {
            LockProxy lock = manager.lock();
            lock.acquire();
            killWhileBlocked(manager, lock, new Process(ManagerScript.task("hold-lock", lock, manager.event())));
            lock.release();
            assertTrue(lock.acquire(NEXT), "the lock went to the killed waiter");
            assertFalse(lock.wasRecovered(), "the killed waiter never held the lock");
            lock.release();
        }
    }

    @ParameterizedTest(name = "tcp={0}")
    @ValueSource(booleans = {false, true})
    void aLockIsNotLeftToAThreadInterruptedWhileItWaited(boolean tcp) throws Exception {
        try (SyncManager manager = start(tcp)) {
            LockProxy lock = manager.lock();
            lock.acquire();
            CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
            Thread waiter = new Thread(() -> {
                try {
                    interrupted.complete(!lock.acquire(LIMIT));
                } catch (InterruptedException e) {
                    interrupted.complete(true);
                }
            });
            waiter.start();
            assertTrue(Deadline.await(LIMIT, () -> manager.callsInProgress(idOf(lock)) == 1));
            waiter.interrupt(); // closes the waiter's connection, while the server still blocks for it
            assertTrue(interrupted.get(LIMIT.toSeconds(), TimeUnit.SECONDS));
            lock.release();
            assertTrue(lock.acquire(NEXT), "the lock went to the interrupted thread's abandoned call");
            lock.release();
        }
    }

    @ParameterizedTest(name = "tcp={0}")
    @ValueSource(booleans = {false, true})
    void anRLockIsNotLeftToAnAcquirerKilledWhileItWaited(boolean tcp) throws Exception {
        try (SyncManager manager = start(tcp)) {
            RLockProxy lock = manager.rLock();
            lock.acquire();
            killWhileBlocked(manager, lock, new Process(ManagerScript.task("hold-lock", lock, manager.event())));
            lock.release();
            assertTrue(lock.acquire(NEXT), "the rlock went to the killed waiter");
            assertFalse(lock.wasRecovered(), "the killed waiter never held the rlock");
            assertEquals(1, lock.getHoldCount());
            lock.release();
        }
    }

    @ParameterizedTest(name = "tcp={0}")
    @ValueSource(booleans = {false, true})
    void aConditionsLockIsNotLeftToAWaiterKilledWhileItWaited(boolean tcp) throws Exception {
        try (SyncManager manager = start(tcp)) {
            ConditionProxy condition = manager.condition();
            EventProxy waiting = manager.event();
            Process victim = new Process(ManagerScript.task("hold-then-wait", condition, waiting));
            victim.start();
            try {
                assertTrue(waiting.await(LIMIT), "the victim did not take the condition's lock");
                // Getting the lock proves the victim's wait released it: the victim is waiting now.
                assertTrue(condition.acquire(LIMIT));
                assertEquals(1, manager.callsInProgress(idOf(condition)));
            } finally {
                victim.kill();
                assertTrue(victim.join(LIMIT));
            }
            condition.signalAll();
            condition.release();
            assertTrue(condition.acquire(NEXT), "the condition's lock went back to the killed waiter");
            assertFalse(condition.wasRecovered(), "the killed waiter never held the lock again");
            condition.release();
        }
    }

    @ParameterizedTest(name = "tcp={0}")
    @ValueSource(booleans = {false, true})
    void anItemIsNotLostToATakerKilledWhileItWaited(boolean tcp) throws Exception {
        try (SyncManager manager = start(tcp)) {
            QueueProxy<String> queue = manager.queue();
            killWhileBlocked(manager, queue, new Process(ManagerScript.task("take", queue)));
            queue.put("item");
            assertEquals("item", queue.poll(NEXT.toSeconds(), TimeUnit.SECONDS), "the item went to the killed taker");
        }
    }

    @ParameterizedTest(name = "tcp={0}")
    @ValueSource(booleans = {false, true})
    void aPermitIsNotLostToAnAcquirerKilledWhileItWaited(boolean tcp) throws Exception {
        try (SyncManager manager = start(tcp)) {
            SemaphoreProxy semaphore = manager.semaphore(0);
            killWhileBlocked(manager, semaphore, new Process(ManagerScript.task("acquire-permit", semaphore)));
            semaphore.release();
            assertTrue(semaphore.acquire(NEXT), "the permit went to the killed acquirer");
        }
    }
}
