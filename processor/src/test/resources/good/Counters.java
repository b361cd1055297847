package com.example;

import dev.jmp.ProcessTask;
import dev.jmp.shm.CharArray;
import dev.jmp.shm.FloatValue;
import dev.jmp.shm.IntValue;
import dev.jmp.shm.ShortValue;
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

    @ProcessTask
    public static String relabel(CharArray label, ShortValue generation, FloatValue weight) {
        String before = label.value();
        label.setValue("renamed");
        generation.incrementAndGet();
        weight.addAndGet(0.5f);
        return before;
    }
}
