package dev.jmp.internal;

import java.util.Objects;

/**
 * One call of a task as it crosses to another process: the worker entry to load, the encoded
 * arguments, and a readable description for messages: the task's name, {@code Greeter.greet}
 * (arguments are left out: they may be large or private).
 * The arguments array is owned by this record and never mutated after construction.
 */
public record TaskCall(String entryClass, byte[] arguments, String description) {

    public TaskCall {
        Objects.requireNonNull(entryClass, "entryClass");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(description, "description");
    }
}
