package com.example;

import dev.jmp.ProcessTask;

public class Greeter {

    @ProcessTask
    public static void greet(String name) {
        System.out.println("Hello, " + name);
    }

    @ProcessTask
    public static int square(int x) {
        return x * x;
    }
}
