package com.example;

import dev.jmp.ProcessTask;

public class InvalidName {

    @ProcessTask(name = "2fast")
    public static void fast() {
    }

    @ProcessTask(name = "class")
    public static void keyword() {
    }

    @ProcessTask(name = "hashCode")
    public static int hash() {
        return 1;
    }

    /** A task may share a name with an Object method when the parameters differ. */
    @ProcessTask(name = "toString")
    public static String describe(int x) {
        return Integer.toString(x);
    }
}
