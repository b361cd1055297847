package com.example;

import dev.jmp.ProcessTask;

public class Outer {

    /** A nested owner: its factory and entries flatten the name to Outer_Inner. */
    public static class Inner {

        @ProcessTask
        public static String hello(String who, int times) {
            return ("hello " + who + " ").repeat(times).strip();
        }
    }
}
