package com.example;

import dev.jmp.ProcessTask;
import java.util.List;
import java.util.Map;

public class TypeArgument {

    @ProcessTask
    @SuppressWarnings("rawtypes")
    public static void raw(
            List values) {
    }

    @ProcessTask
    public static void wildcard(
            Map<String, ? extends Number> values) {
    }
}
