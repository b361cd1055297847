package dev.jmp.maven;

import static dev.jmp.maven.Tasks.index;
import static dev.jmp.maven.Tasks.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.internal.TaskIndex;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskResolverTest {

    private final Optional<TaskIndex> index = Optional.of(index(
            task("com.example.Greeter", "greet"),
            task("com.other.Greeter", "greet"),
            task("com.example.Calc", "add"),
            task("com.example.Outer$Inner", "run")));

    @ParameterizedTest
    @ValueSource(strings = {"Calc.add", "com.example.Calc.add", "Calc#add", " Calc.add "})
    void resolvesEachFormOfAReferenceToTheWorkerEntry(String reference) throws Exception {
        RunTarget target = TaskResolver.resolve(reference, index, "p");

        assertEquals("com.example.jmp_generated.Calc_add_Entry", target.mainClass());
        assertEquals("task Calc.add (com.example.jmp_generated.Calc_add_Entry)", target.description());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Outer$Inner.run", "Outer_Inner.run", "com.example.Outer$Inner.run"})
    void resolvesNestedClasses(String reference) throws Exception {
        assertEquals("com.example.jmp_generated.Outer_Inner_run_Entry",
                TaskResolver.resolve(reference, index, "p").mainClass());
    }

    @Test
    void qualifiedNameSettlesAnAmbiguity() throws Exception {
        assertEquals("com.other.jmp_generated.Greeter_greet_Entry",
                TaskResolver.resolve("com.other.Greeter.greet", index, "p").mainClass());
    }

    @Test
    void ambiguousReferenceListsTheCandidates() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> TaskResolver.resolve("Greeter.greet", index, "p"));

        assertEquals(Message.AMBIGUOUS_TASK.format("Greeter.greet", 2,
                "com.example.Greeter.greet, com.other.Greeter.greet", "com.example.Greeter.greet"), e.getMessage());
    }

    @Test
    void unknownTaskListsTheKnownOnes() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> TaskResolver.resolve("Greeter.wave", index, "p"));

        assertEquals(Message.UNKNOWN_TASK.format("Greeter.wave", "com.example.Calc.add, com.example.Greeter.greet, "
                + "com.example.Outer$Inner.run, com.other.Greeter.greet"), e.getMessage());
    }

    @Test
    void emptyIndexKnowsNoTasks() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> TaskResolver.resolve("Foo.bar", Optional.of(index()), "p"));

        assertEquals(Message.UNKNOWN_TASK.format("Foo.bar", "none"), e.getMessage());
    }

    @Test
    void missingIndexTellsToAddTheProcessor() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> TaskResolver.resolve("Foo.bar", Optional.empty(), "com.example:app:jar:1"));

        assertEquals(Message.NO_INDEX.format("Foo.bar", "com.example:app:jar:1"), e.getMessage());
        assertTrue(e.getMessage().contains("add dev.jmp:jmp-processor to the <annotationProcessorPaths>"),
                e.getMessage());
    }
}
