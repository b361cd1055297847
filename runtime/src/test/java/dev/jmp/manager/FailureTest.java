package dev.jmp.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.manager.fixtures.Account;
import dev.jmp.manager.fixtures.AccountProxy;
import dev.jmp.manager.fixtures.InsufficientFunds;
import dev.jmp.base.Deadline;
import dev.jmp.testing.NoLeftovers;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the caller sees when a call fails in the server, and when the server is gone. */
@ExtendWith(NoLeftovers.class)
class FailureTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private static boolean hasFrame(Throwable t, String className, String method) {
        return Arrays.stream(t.getStackTrace())
                .anyMatch(e -> e.getClassName().equals(className) && e.getMethodName().equals(method));
    }

    @Test
    void anExceptionInTheServerComesBackAsItsTypeWithTheServersStackThenTheCallers() throws Exception {
        try (SyncManager manager = new SyncManager().register(Account.class).start()) {
            ListProxy<String> list = manager.list();
            IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> list.get(99));
            assertTrue(e.getMessage().contains("99"), e.getMessage());
            assertTrue(Arrays.stream(e.getStackTrace()).anyMatch(f -> f.getClassName().equals("dev.jmp.manager.server.ServedList")),
                    Arrays.toString(e.getStackTrace()));
            assertTrue(Arrays.stream(e.getStackTrace()).anyMatch(f -> f.getClassName().equals(FailureTest.class.getName())),
                    "the caller's frames follow the server's");

            AccountProxy account = AccountProxy.create(manager, 10);
            InsufficientFunds declared = assertThrows(InsufficientFunds.class, () -> account.withdraw(50));
            assertEquals("cannot withdraw 50 from 10", declared.getMessage());
            assertTrue(hasFrame(declared, Account.class.getName(), "withdraw"));

            IllegalStateException chained = assertThrows(IllegalStateException.class, () -> account.fail("x"));
            assertEquals("failed on purpose: x", chained.getMessage());
            assertInstanceOf(NumberFormatException.class, chained.getCause());
            assertTrue(hasFrame(chained.getCause(), Integer.class.getName(), "parseInt"));
            assertEquals(10, account.balance(), "a failed call changes nothing and the connection goes on");
        }
    }

    @Test
    void aDeadManagerTurnsEveryCallIntoAClearExceptionQuickly() throws Exception {
        SyncManager manager = Manager.start();
        String address = manager.address();
        try {
            DictProxy<String, String> dict = manager.dict();
            dict.put("before", "death");
            ProcessHandle server = ProcessHandle.current().children()
                    .filter(h -> h.info().commandLine().orElse("").contains("-Djmp.child=" + manager.name() + " "))
                    .findFirst().orElseThrow();
            server.destroyForcibly();
            assertTrue(Deadline.await(LIMIT, () -> !server.isAlive()));
            assertTimeoutPreemptively(LIMIT, () -> {
                ManagerUnavailableException e = assertThrows(ManagerUnavailableException.class, () -> dict.put("after", "death"));
                assertTrue(e.getMessage().startsWith("[jmp.manager.unavailable]"), e.getMessage());
                assertTrue(e.getMessage().contains("shut down or died"), e.getMessage());
                assertThrows(ManagerUnavailableException.class, dict::size);
                assertThrows(ManagerUnavailableException.class, manager::dict);
            });
        } finally {
            assertTimeoutPreemptively(LIMIT, manager::close);
        }
        assertTrue(!java.nio.file.Files.exists(new dev.jmp.manager.wire.Endpoint(address).socket()),
                "the owner removes the socket of a server that died");
    }

    @Test
    void callsAfterShutdownFailAtOnceAndSaySo() throws Exception {
        SyncManager manager = Manager.start();
        DictProxy<String, String> dict = manager.dict();
        String name = manager.name();
        manager.close();
        manager.close();
        ManagerUnavailableException e = assertThrows(ManagerUnavailableException.class, () -> dict.get("x"));
        assertTrue(e.getMessage().contains(name + " was shut down"), e.getMessage());
        IllegalStateException closed = assertThrows(IllegalStateException.class, manager::list);
        assertTrue(closed.getMessage().contains("was shut down"), closed.getMessage());
    }

    @Test
    void misuseOfSharedClassesIsReportedWithItsCode() throws Exception {
        try (SyncManager manager = Manager.start()) {
            IllegalStateException unregistered = assertThrows(IllegalStateException.class,
                    () -> AccountProxy.create(manager, 1));
            assertTrue(unregistered.getMessage().startsWith("[jmp.manager.not-registered]"), unregistered.getMessage());
            IllegalStateException late = assertThrows(IllegalStateException.class, () -> manager.register(Account.class));
            assertTrue(late.getMessage().contains("before start()"), late.getMessage());
        }
        try (SyncManager manager = new SyncManager().register(Account.class).start()) {
            IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                    () -> manager.create(Account.class, "not a long"));
            assertTrue(wrong.getMessage().startsWith("[jmp.manager.no-constructor]"), wrong.getMessage());
        }
        IllegalStateException noProxy = assertThrows(IllegalStateException.class, () -> new SyncManager().register(String.class));
        assertTrue(noProxy.getMessage().startsWith("[jmp.manager.no-proxy]"), noProxy.getMessage());
    }
}
