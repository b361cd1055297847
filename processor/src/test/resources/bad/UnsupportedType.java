package com.example;

import dev.jmp.ProcessTask;
import java.util.List;

public class UnsupportedType {

    @ProcessTask
    public static void store(
            String key,
            Object value) {
    }

    @ProcessTask
    public static Runnable find(String key) {
        return null;
    }

    @ProcessTask
    public static void nested(
            List<Thread> threads) {
    }
}
