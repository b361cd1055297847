package com.example.jmp_generated;

import com.example.Greeter;
import com.example.GreeterTasks;
import dev.jmp.internal.EntryArguments;
import dev.jmp.internal.TaskEntry;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.lang.Override;
import java.lang.String;
import java.lang.Void;
import javax.annotation.processing.Generated;

/**
 * Runs {@link Greeter#greet(String)} in a child JVM, which loads this class by name.
 */
@Generated("dev.jmp.processor.JmpProcessor")
public final class Greeter_greet_Entry implements TaskEntry {
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

    @Override
    public byte[] invoke(byte[] arguments) {
        WireInput in = new WireInput(arguments);
        String name = in.readPresence() ? in.readString() : null;
        in.expectEnd();
        Greeter.greet(name);
        return new byte[0];
    }

    /**
     * Decodes what {@link #invoke} returned: the result decoder of the tasks {@link GreeterTasks} makes.
     */
    public static Void decodeResult(byte[] result) {
        WireInput in = new WireInput(result);
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
