package com.example;

import dev.jmp.ProcessTask;

public class NameCollision {

    @ProcessTask
    public static void greet(String name) {
    }

    @ProcessTask
    public static void greet(int times) {
    }

    @ProcessTask(name = "wave")
    public static void waveOnce() {
    }

    @ProcessTask(name = "wave")
    public static void waveTwice() {
    }
}
