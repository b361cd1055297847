package com.example;

import dev.jmp.ProcessTask;

public class SeveralProblems {

    @ProcessTask(name = "not valid")
    <T> Object everything(
            T item,
            Object other) {
        return null;
    }
}
