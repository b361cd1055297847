package com.example.jmp_generated;

import com.example.Greeter;
import com.example.GreeterTasks;
import dev.jmp.internal.ChunkEntry;
import dev.jmp.internal.ChunkRun;
import dev.jmp.internal.EntryArguments;
import dev.jmp.internal.TaskEntry;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.internal.task.ArgumentChunk;
import java.lang.Override;
import java.lang.String;
import java.lang.Throwable;
import java.lang.Void;
import javax.annotation.processing.Generated;

/**
 * Runs {@link Greeter#greet(String)} in a child JVM, which loads this class by name.
 */
@Generated("dev.jmp.processor.JmpProcessor")
public final class Greeter_greet_Entry implements TaskEntry, ChunkEntry {
    /**
     * Used by the child JVM; tasks are made by {@link GreeterTasks}.
     */
    public Greeter_greet_Entry() {
    }

    /**
     * Encodes the arguments of one call, as {@link #invoke} decodes them.
     */
    public static byte[] encodeArguments(String name) {
        WireOutput out = new WireOutput();
        if (out.writePresence(name)) {
            out.writeString(name);
        }
        return out.toByteArray();
    }

    /**
     * Writes the arguments of one call into the chunk of a map, as {@link #runChunk} reads them.
     */
    public static void writeArguments(ArgumentChunk chunk, String name) {
        WireOutput out = chunk.out();
        if (chunk.memo(name)) {
            if (out.writePresence(name)) {
                out.writeString(name);
            }
        }
    }

    @Override
    public byte[] invoke(byte[] arguments) {
        WireInput in = new WireInput(arguments);
        String name = in.readPresence() ? in.readString() : null;
        in.expectEnd();
        Greeter.greet(name);
        return new byte[0];
    }

    @Override
    public void runChunk(ChunkRun run) {
        WireInput in = run.arguments();
        for (int i = 0, n = run.count(); i < n; i++) {
            boolean runs = run.next(i);
            try {
                String name;
                int nameReference = in.readInt();
                if (nameReference < 0) {
                    String name_ = in.readPresence() ? in.readString() : null;
                    name = run.remember(name_);
                } else {
                    name = run.recall(nameReference);
                }
                if (runs) {
                    Greeter.greet(name);
                    run.result();
                }
                run.done(i);
            } catch (Throwable thrown) {
                run.failed(i, thrown);
            }
        }
    }

    /**
     * Decodes what {@link #invoke} returned: the result decoder of the tasks {@link GreeterTasks} makes.
     */
    public static Void decodeResult(byte[] result) {
        return decodeResult(result, 0, result.length);
    }

    /**
     * Decodes one result where it lies among others: how a map decodes the results of a chunk.
     */
    public static Void decodeResult(byte[] result, int offset, int length) {
        WireInput in = new WireInput(result, offset, length);
        in.expectEnd();
        return null;
    }

    /**
     * Runs the task in this JVM, its arguments given as strings.
     */
    public static void main(String[] args) {
        EntryArguments arguments = EntryArguments.of("Greeter.greet", args, "name");
        Greeter.greet(arguments.string(0));
    }
}
