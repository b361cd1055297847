package com.example;

import dev.jmp.ProcessTask;

public class TypeNotPublic {

    record Secret(int code) {}

    @ProcessTask
    public static void open(
            Secret secret) {
    }
}
