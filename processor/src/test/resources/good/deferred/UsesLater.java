package com.example;

import dev.jmp.ProcessTask;
import java.util.List;

/** Uses a record that another processor generates, so the task can only be checked in a later round. */
public class UsesLater {

    @ProcessTask
    public static int total(List<Later> values) {
        return values.stream().mapToInt(Later::n).sum();
    }
}
