package com.example;

import dev.jmp.Task;

/** Uses generated factories in the compilation that generates them. */
public final class UsesFactories {

    private UsesFactories() {}

    public static Task<Void> greetAlice() {
        return GreeterTasks.greet("Alice");
    }

    public static Task<String> helloTwice() {
        return Outer_InnerTasks.hello("Bob", 2);
    }
}
