package com.example.shared;

import dev.jmp.manager.Shared;

public class BadMethods {

    @Shared
    public static int everyone() {
        return 0;
    }

    @Shared
    int hidden() {
        return 1;
    }

    @Shared
    public <T> T pick(java.util.List<String> from) {
        return null;
    }

    @Shared
    public void store(String key, Object value) {
    }

    @Shared
    public String typeId() {
        return "mine";
    }

    @Shared
    public int fine(int x) {
        return x;
    }
}
