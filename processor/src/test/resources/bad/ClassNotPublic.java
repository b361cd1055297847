package com.example;

import dev.jmp.ProcessTask;

public class ClassNotPublic {

    static class Hidden {

        @ProcessTask
        public static void greet(String name) {
            System.out.println("Hello, " + name);
        }
    }
}

class PackagePrivate {

    @ProcessTask
    public static int twice(int x) {
        return 2 * x;
    }
}
