package com.example.clash;

import dev.jmp.ProcessTask;

public class A_b {

    @ProcessTask
    public static void c() {
    }
}
