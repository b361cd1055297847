package com.example;

import dev.jmp.ProcessTask;
import dev.jmp.connection.Connection;
import dev.jmp.queue.Queue;

public class ElementType {

    @ProcessTask
    public static void drain(
            Queue<Thread> threads) {
    }

    @ProcessTask
    public static void wildcard(Queue<?> anything, Connection<String> names) {
    }
}
