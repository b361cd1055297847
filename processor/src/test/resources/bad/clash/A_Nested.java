package com.example.clash;

import dev.jmp.ProcessTask;

public class A_Nested {

    @ProcessTask
    public static void second() {
    }
}
