package com.example.clash;

import dev.jmp.manager.Shared;

public class Outer_Counter {

    @Shared
    public int x() {
        return 0;
    }
}
