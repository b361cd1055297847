package dev.jmp.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each generated shape, compared with a reviewed copy in {@code expected/}. */
class GoldenSourceTest {

    @Test
    void factory() {
        Compilation compilation = Fixtures.compile(Fixtures.good("Greeter"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.GreeterTasks")
                .hasSourceEquivalentTo(Fixtures.expected("GreeterTasks"));
    }

    @Test
    void entriesOfAVoidAndAPrimitiveTask() {
        Compilation compilation = Fixtures.compile(Fixtures.good("Greeter"));
        assertThat(compilation).generatedSourceFile("com.example.jmp_generated.Greeter_greet_Entry")
                .hasSourceEquivalentTo(Fixtures.expected("Greeter_greet_Entry"));
        assertThat(compilation).generatedSourceFile("com.example.jmp_generated.Greeter_square_Entry")
                .hasSourceEquivalentTo(Fixtures.expected("Greeter_square_Entry"));
    }

    @Test
    void entryWithNestedRecordAndEnumCodecs() {
        Compilation compilation = Fixtures.compile(Fixtures.allGood());
        assertThat(compilation).generatedSourceFile("com.example.jmp_generated.Shapes_line_Entry")
                .hasSourceEquivalentTo(Fixtures.expected("Shapes_line_Entry"));
    }

    @Test
    void outputIsDeterministic() {
        assertThat(generatedText()).isEqualTo(generatedText());
    }

    private static List<String> generatedText() {
        return Fixtures.compile(Fixtures.allGood()).generatedFiles().stream()
                .filter(f -> !f.getName().endsWith(".class"))
                .map(f -> f.getName() + "\n" + Fixtures.content(f))
                .sorted()
                .collect(Collectors.toList());
    }
}
