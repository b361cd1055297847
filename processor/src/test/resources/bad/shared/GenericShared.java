package com.example.shared;

import dev.jmp.manager.Shared;

public class GenericShared<T> {

    @Shared
    public int size() {
        return 0;
    }
}
