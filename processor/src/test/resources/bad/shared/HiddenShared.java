package com.example.shared;

import dev.jmp.manager.Shared;

public class HiddenShared {

    static class Hidden {
        @Shared
        public int x() {
            return 0;
        }
    }
}
