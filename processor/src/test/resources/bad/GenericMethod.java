package com.example;

import dev.jmp.ProcessTask;
import java.util.List;

public class GenericMethod {

    @ProcessTask
    public static <T> int size(List<String> values) {
        return values.size();
    }
}
