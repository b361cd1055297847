package dev.jmp.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A worker entry's {@code main} runs its task on its own, with arguments given as strings. */
class EntryMainTest {

    private static LoadedFixtures fixtures;

    @BeforeAll
    static void compile() {
        fixtures = LoadedFixtures.compileGood();
    }

    private static String runMain(String entry, String... args) throws Throwable {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            fixtures.callStatic(LoadedFixtures.ENTRY_PACKAGE + entry, "main", (Object) args);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheResult() throws Throwable {
        assertThat(runMain("Greeter_square_Entry", "7")).isEqualTo("49" + System.lineSeparator());
        assertThat(runMain("Outer_Inner_hello_Entry", "Ann", "1")).isEqualTo("hello Ann" + System.lineSeparator());
    }

    @Test
    void voidTasksPrintOnlyWhatTheyPrint() throws Throwable {
        assertThat(runMain("Greeter_greet_Entry", "Alice")).isEqualTo("Hello, Alice" + System.lineSeparator());
    }

    @Test
    void convertsPrimitivesBoxesAndEnums() throws Throwable {
        assertThat(runMain("Shapes_primitives_Entry", "TRUE", "-1", "300", "c", "-7", "8", "1.5", "-0.25"))
                .isEqualTo("true -1 300 c -7 8 1.5 -0.25" + System.lineSeparator());
        assertThat(runMain("Shapes_boxed_Entry", "12")).isEqualTo("12" + System.lineSeparator());
        assertThat(runMain("Shapes_color_Entry", "GREEN")).isEqualTo("GREEN" + System.lineSeparator());
        assertThat(runMain("Shapes_answer_Entry")).isEqualTo("42" + System.lineSeparator());
    }

    @Test
    void printsArrayElements() throws Throwable {
        assertThat(runMain("Shapes_range_Entry", "3")).isEqualTo("[0, 1, 2]" + System.lineSeparator());
    }

    @Test
    void badArgumentsNameTheParameter() {
        IllegalArgumentException wrongCount = assertThrows(IllegalArgumentException.class,
                () -> runMain("Greeter_square_Entry"));
        assertThat(wrongCount).hasMessageThat().contains("[jmp.args] Greeter.square expects 1 argument(s)");
        IllegalArgumentException notANumber = assertThrows(IllegalArgumentException.class,
                () -> runMain("Greeter_square_Entry", "seven"));
        assertThat(notANumber).hasMessageThat().contains("(x) is not an int");
        IllegalArgumentException notAConstant = assertThrows(IllegalArgumentException.class,
                () -> runMain("Shapes_color_Entry", "PURPLE"));
        assertThat(notAConstant).hasMessageThat().contains("[RED, GREEN, BLUE]");
    }

    @Test
    void parametersThatCannotComeFromAStringAreNamed() {
        UnsupportedOperationException thrown = assertThrows(UnsupportedOperationException.class,
                () -> runMain("Shapes_catalog_Entry", "anything"));
        assertThat(thrown).hasMessageThat().startsWith("[jmp.args] Shapes.catalog cannot run from the command line");
        assertThat(thrown).hasMessageThat().contains("parameter c (com.example.Catalog)");
        assertThat(thrown).hasMessageThat().contains("ShapesTasks.catalog(...)");
    }
}
