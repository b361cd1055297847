package com.example;

import com.example.jmp_generated.Greeter_greet_Entry;
import com.example.jmp_generated.Greeter_square_Entry;
import dev.jmp.Task;
import dev.jmp.internal.task.ArgumentChunk;
import dev.jmp.internal.task.Tasks;
import java.lang.Integer;
import java.lang.String;
import java.lang.Void;
import javax.annotation.processing.Generated;

/**
 * The tasks of {@link Greeter}: each method returns a {@link Task} that runs the
 * {@code @ProcessTask} method of the same name in another process.
 */
@Generated("dev.jmp.processor.JmpProcessor")
public final class GreeterTasks {
    private GreeterTasks() {
    }

    /**
     * A task that runs {@link Greeter#greet(String)} in another process. The arguments are encoded
     * now: one that cannot be encoded fails here, not in the child.
     */
    public static Task<Void> greet(String name) {
        ArgumentChunk chunk = ArgumentChunk.capture("com.example.jmp_generated.Greeter_greet_Entry");
        if (chunk != null) {
            Greeter_greet_Entry.writeArguments(chunk, name);
            return chunk.captured("Greeter.greet", Greeter_greet_Entry::decodeResult, Greeter_greet_Entry::decodeResult);
        }
        return Tasks.task("com.example.jmp_generated.Greeter_greet_Entry", Greeter_greet_Entry.encodeArguments(name), "Greeter.greet", Greeter_greet_Entry::decodeResult);
    }

    /**
     * A task that runs {@link Greeter#square(int)} in another process. The arguments are encoded
     * now: one that cannot be encoded fails here, not in the child.
     */
    public static Task<Integer> square(int x) {
        ArgumentChunk chunk = ArgumentChunk.capture("com.example.jmp_generated.Greeter_square_Entry");
        if (chunk != null) {
            Greeter_square_Entry.writeArguments(chunk, x);
            return chunk.captured("Greeter.square", Greeter_square_Entry::decodeResult, Greeter_square_Entry::decodeResult);
        }
        return Tasks.task("com.example.jmp_generated.Greeter_square_Entry", Greeter_square_Entry.encodeArguments(x), "Greeter.square", Greeter_square_Entry::decodeResult);
    }
}
