package com.example.clash;

import dev.jmp.ProcessTask;

public class A {

    @ProcessTask
    public static void b_c() {
    }

    public static class Nested {

        @ProcessTask
        public static void first() {
        }
    }
}
