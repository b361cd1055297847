package dev.jmp.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.manager.fixtures.Account;
import dev.jmp.manager.fixtures.AccountProxy;
import dev.jmp.manager.fixtures.InsufficientFunds;
import dev.jmp.testing.NoLeftovers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Python's {@code BaseManager.register(typeid, callable, exposed=[...])}, and
 * {@code BaseProxy._callmethod(name, args)}.
 */
@ExtendWith(NoLeftovers.class)
class ExposedTest {

    /** Python: a method left out of {@code exposed} cannot be called through the manager. */
    @Test
    void onlyTheExposedMethodsOfARegisteredClassCanBeCalled() throws Exception {
        try (SyncManager manager = new SyncManager().register(Account.class, "deposit", "balance").start()) {
            AccountProxy account = AccountProxy.create(manager, 10);
            assertEquals(15, account.deposit(5));
            assertEquals(15, account.balance());
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> account.withdraw(1));
            assertTrue(e.getMessage().startsWith("[jmp.manager.not-exposed] " + Account.class.getName() + ".withdraw is"
                    + " not exposed by " + manager.name()), e.getMessage());
            assertEquals(15, account.balance(), "the refused call did nothing");
        }
    }

    @Test
    void everySharedMethodIsExposedWhenNoneIsNamed() throws Exception {
        try (SyncManager manager = new SyncManager().register(Account.class).start()) {
            AccountProxy account = AccountProxy.create(manager, 10);
            assertEquals(4, account.withdraw(6));
        }
    }

    @Test
    void exposingAMethodThatIsNotSharedIsRefusedWithItsCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SyncManager().register(Account.class, "deposit", "audit"));
        assertTrue(e.getMessage().startsWith("[jmp.manager.not-shared] " + Account.class.getName()
                + " has no @Shared method 'audit' to expose; its shared methods are [balance, deposit, fail, withdraw]"),
                e.getMessage());
    }

    /**
     * Python: {@code proxy._callmethod('deposit', (5,))} calls the method by name on the server
     * and returns its result, or raises its exception.
     */
    @Test
    void callMethodCallsAProxysMethodByName() throws Exception {
        try (SyncManager manager = new SyncManager().register(Account.class).start()) {
            AccountProxy account = AccountProxy.create(manager, 10);
            assertEquals(15L, account.callMethod("deposit", 5L));
            assertThrows(InsufficientFunds.class, () -> account.callMethod("withdraw", 100L));
            IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                    () -> account.callMethod("deposit", "five"));
            assertTrue(none.getMessage().startsWith("[jmp.manager.no-method] no method 'deposit' of AccountProxy takes"
                    + " [five]; there are deposit(long)"), none.getMessage());
            assertThrows(IllegalArgumentException.class, () -> account.callMethod("audit"));

            DictProxy<String, Integer> dict = manager.dict();
            assertNull(dict.callMethod("put", "k", 1));
            assertEquals(1, dict.callMethod("get", "k"));
            assertEquals(1, dict.callMethod("size"));
            ListProxy<Integer> list = manager.list(List.of(7, 8, 9));
            assertEquals(7, list.callMethod("remove", 0), "remove(int), the most specific for an Integer");
            assertEquals(1, list.callMethod("indexOf", 9));
            assertEquals(List.of(8, 9), list.copy());
            LockProxy lock = manager.lock();
            assertEquals(true, lock.callMethod("tryAcquire"));
            assertNull(lock.callMethod("release"));
            assertEquals(false, lock.callMethod("isLocked"));
        }
    }
}
