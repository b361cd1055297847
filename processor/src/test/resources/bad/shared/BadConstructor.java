package com.example.shared;

import dev.jmp.manager.Shared;

public class BadConstructor {

    public BadConstructor(String name, Thread owner) {
    }

    @Shared
    public int x() {
        return 0;
    }
}
