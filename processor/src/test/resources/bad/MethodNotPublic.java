package com.example;

import dev.jmp.ProcessTask;

public class MethodNotPublic {

    @ProcessTask
    static void greet(String name) {
        System.out.println("Hello, " + name);
    }
}
