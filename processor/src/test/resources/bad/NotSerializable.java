package com.example;

import dev.jmp.JavaSerialized;
import dev.jmp.ProcessTask;

public class NotSerializable {

    @ProcessTask
    public static void maybe(
            @JavaSerialized Runnable value) {
    }

    @ProcessTask
    @JavaSerialized
    public static Thread current() {
        return Thread.currentThread();
    }
}
