package com.example.clash;

import dev.jmp.manager.Shared;

public class Outer {

    public static class Counter {
        @Shared
        public int x() {
            return 0;
        }
    }
}
