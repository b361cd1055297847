package com.example;

import dev.jmp.ProcessTask;

public class NotStatic {

    @ProcessTask
    public void greet(String name) {
        System.out.println("Hello, " + name);
    }
}
