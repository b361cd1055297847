package dev.jmp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskNamesTest {

    @Test
    void namesFollowTheContract() {
        assertEquals("com.example.GreeterTasks", TaskNames.factoryClass("com.example.Greeter"));
        assertEquals("com.example.Outer_InnerTasks", TaskNames.factoryClass("com.example.Outer$Inner"));
        assertEquals("GreeterTasks", TaskNames.factoryClass("Greeter"));
        assertEquals("com.example.jmp_generated.Greeter_greet_Entry", TaskNames.entryClass("com.example.Greeter", "greet"));
        assertEquals("jmp_generated.Greeter_greet_Entry", TaskNames.entryClass("Greeter", "greet"));
    }

    @Test
    void indexRoundTripsAndFindsTasksByShortOrQualifiedName() throws Exception {
        TaskIndex index = new TaskIndex(List.of(
                new TaskIndex.Entry("com.example.Greeter", "greet", TaskNames.entryClass("com.example.Greeter", "greet")),
                new TaskIndex.Entry("com.example.Outer$Inner", "run", TaskNames.entryClass("com.example.Outer$Inner", "run"))));
        TaskIndex read = TaskIndex.read(new StringReader("# tasks\n" + index.write()));
        assertEquals(2, read.entries().size());
        assertEquals(1, read.find("Greeter.greet").size());
        assertEquals(1, read.find("com.example.Greeter.greet").size());
        assertEquals(1, read.find("Outer$Inner.run").size());
        assertEquals(1, read.find("Outer_Inner.run").size());
        assertTrue(read.find("Greeter.wave").isEmpty());
    }

    @Test
    void badIndexLineIsNamed() {
        Exception e = assertThrows(java.io.IOException.class, () -> TaskIndex.read(new StringReader("a b\n")));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void entryArgumentsParseOrNameTheBadParameter() {
        EntryArguments args = EntryArguments.of("T.run", new String[] {"7", "x", "true", "SECONDS"}, "n", "s", "b", "unit");
        assertEquals(7, args.intValue(0));
        assertEquals("x", args.string(1));
        assertTrue(args.booleanValue(2));
        assertEquals(java.util.concurrent.TimeUnit.SECONDS, args.enumValue(3, java.util.concurrent.TimeUnit.class));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> args.intValue(1));
        assertTrue(bad.getMessage().contains("argument 2 (s) is not an int"), bad.getMessage());
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
                () -> EntryArguments.of("T.run", new String[0], "n"));
        assertTrue(count.getMessage().contains("usage: T.run <n>"), count.getMessage());
    }
}
