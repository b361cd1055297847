package com.example;

import dev.jmp.JavaSerialized;
import dev.jmp.ProcessTask;
import java.util.Optional;

public class NotSerializable {

    @ProcessTask
    public static void maybe(
            @JavaSerialized Optional<String> value) {
    }

    @ProcessTask
    @JavaSerialized
    public static Thread current() {
        return Thread.currentThread();
    }
}
