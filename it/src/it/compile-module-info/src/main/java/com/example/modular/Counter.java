package com.example.modular;

import dev.jmp.manager.Shared;

/** A counter a manager holds: its generated proxy and dispatcher compile in the module too. */
public class Counter {

    private long total;

    @Shared
    public long add(long amount) {
        total += amount;
        return total;
    }
}
