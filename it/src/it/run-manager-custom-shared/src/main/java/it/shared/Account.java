package it.shared;

import dev.jmp.manager.Shared;

/** An account a manager holds; only its @Shared methods can be called through a proxy. */
public class Account {

    private long balance;

    public Account(long opening) {
        this.balance = opening;
    }

    @Shared
    public long deposit(long amount) {
        balance += amount;
        return balance;
    }

    @Shared
    public long withdraw(long amount) throws InsufficientFunds {
        if (amount > balance) {
            throw new InsufficientFunds("cannot withdraw " + amount + " from " + balance);
        }
        balance -= amount;
        return balance;
    }

    @Shared
    public long balance() {
        return balance;
    }

    public void reset() {
        balance = 0;
    }
}
