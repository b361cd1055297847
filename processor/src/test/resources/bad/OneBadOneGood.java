package com.example;

import dev.jmp.ProcessTask;

public class OneBadOneGood {

    @ProcessTask
    public static void bad(
            Object value) {
    }

    @ProcessTask
    public static String good(String name) {
        return name;
    }
}
