package com.example;

import dev.jmp.ProcessTask;

public class MissingType {

    @ProcessTask
    public static void use(DoesNotExist value) {
    }
}
