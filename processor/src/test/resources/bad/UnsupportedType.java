package com.example;

import dev.jmp.ProcessTask;
import java.util.List;
import java.util.Optional;

public class UnsupportedType {

    @ProcessTask
    public static void store(
            String key,
            Object value) {
    }

    @ProcessTask
    public static Optional<String> find(String key) {
        return Optional.empty();
    }

    @ProcessTask
    public static void nested(
            List<Thread> threads) {
    }
}
