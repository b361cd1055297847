package com.example;

import dev.jmp.ProcessTask;
import dev.jmp.shm.IntValue;
import dev.jmp.sync.Lock;
import java.util.List;

/** Shared objects cross as handles: the task works on the caller's memory, not a copy. */
public class Counters {

    @ProcessTask
    public static int bump(IntValue counter, Lock lock) {
        lock.acquire();
        try {
            return counter.incrementAndGet();
        } finally {
            lock.release();
        }
    }

    @ProcessTask
    public static IntValue same(IntValue counter) {
        return counter;
    }

    @ProcessTask
    public static int total(List<IntValue> counters) {
        int sum = 0;
        for (IntValue counter : counters) {
            sum += counter.get();
        }
        return sum;
    }
}
