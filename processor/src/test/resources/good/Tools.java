package com.example;

import dev.jmp.ProcessTask;

/** Tasks may be static methods of an interface. */
public interface Tools {

    @ProcessTask
    static int twice(int x) {
        return 2 * x;
    }
}
