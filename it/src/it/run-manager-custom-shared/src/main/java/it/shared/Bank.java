package it.shared;

import dev.jmp.Process;
import dev.jmp.ProcessTask;
import dev.jmp.manager.SyncManager;

/**
 * Python's {@code BaseManager.register('Account', Account)}: an object of the user's class lives
 * in the manager; two child processes deposit into it through the generated AccountProxy.
 */
public class Bank {

    @ProcessTask
    public static void depositMany(AccountProxy account, int times) {
        for (int i = 0; i < times; i++) {
            account.deposit(1);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        try (SyncManager manager = new SyncManager().register(Account.class).start()) {
            AccountProxy account = AccountProxy.create(manager, 100);
            Process a = new Process(BankTasks.depositMany(account, 500));
            Process b = new Process(BankTasks.depositMany(account, 500));
            a.start();
            b.start();
            a.join();
            b.join();
            System.out.println("balance: " + account.balance());
            try {
                account.withdraw(5000);
            } catch (InsufficientFunds e) {
                System.out.println("refused: " + e.getMessage());
                System.out.println("thrown in: " + e.getStackTrace()[0].getClassName() + "." + e.getStackTrace()[0].getMethodName());
            }
            AccountProxy same = manager.create(Account.class, 7L);
            System.out.println("another: " + same.balance());
        }
    }
}
