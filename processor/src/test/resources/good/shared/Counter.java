package com.example.shared;

import dev.jmp.manager.Shared;
import java.io.IOException;

public class Counter {

    private int value;

    public Counter(int start) {
        this.value = start;
    }

    @Shared
    public int increment(int by) {
        value += by;
        return value;
    }

    @Shared
    public int get() {
        return value;
    }

    @Shared
    public void reset(String reason) throws IOException {
        if (reason == null) {
            throw new IOException("a reset needs a reason");
        }
        value = 0;
    }

    public void notShared() {
        value = -1;
    }
}
