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
import java.lang.Integer;
import java.lang.Override;
import java.lang.String;
import java.lang.System;
import java.lang.Throwable;
import javax.annotation.processing.Generated;

/**
 * Runs {@link Greeter#square(int)} in a child JVM, which loads this class by name.
 */
@Generated("dev.jmp.processor.JmpProcessor")
public final class Greeter_square_Entry implements TaskEntry, ChunkEntry {
    /**
     * Used by the child JVM; tasks are made by {@link GreeterTasks}.
     */
    public Greeter_square_Entry() {
    }

    /**
     * Encodes the arguments of one call, as {@link #invoke} decodes them.
     */
    public static byte[] encodeArguments(int x) {
        WireOutput out = new WireOutput();
        out.writeInt(x);
        return out.toByteArray();
    }

    /**
     * Writes the arguments of one call into the chunk of a map, as {@link #runChunk} reads them.
     */
    public static void writeArguments(ArgumentChunk chunk, int x) {
        WireOutput out = chunk.out();
        out.writeInt(x);
    }

    @Override
    public byte[] invoke(byte[] arguments) {
        WireInput in = new WireInput(arguments);
        int x = in.readInt();
        in.expectEnd();
        int result = Greeter.square(x);
        WireOutput out = new WireOutput();
        out.writeInt(result);
        return out.toByteArray();
    }

    @Override
    public void runChunk(ChunkRun run) {
        WireInput in = run.arguments();
        for (int i = 0, n = run.count(); i < n; i++) {
            boolean runs = run.next(i);
            try {
                int x = in.readInt();
                if (runs) {
                    int result = Greeter.square(x);
                    WireOutput out = run.result();
                    out.writeInt(result);
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
    public static Integer decodeResult(byte[] result) {
        return decodeResult(result, 0, result.length);
    }

    /**
     * Decodes one result where it lies among others: how a map decodes the results of a chunk.
     */
    public static Integer decodeResult(byte[] result, int offset, int length) {
        WireInput in = new WireInput(result, offset, length);
        int value = in.readInt();
        in.expectEnd();
        return value;
    }

    /**
     * Runs the task in this JVM, its arguments given as strings, and prints its result.
     */
    public static void main(String[] args) {
        EntryArguments arguments = EntryArguments.of("Greeter.square", args, "x");
        System.out.println(Greeter.square(arguments.intValue(0)));
    }
}
