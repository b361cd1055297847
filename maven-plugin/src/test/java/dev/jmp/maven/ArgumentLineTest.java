package dev.jmp.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ArgumentLineTest {

    @Test
    void nullAndBlankHaveNoArguments() throws Exception {
        assertEquals(List.of(), ArgumentLine.split("jmp.args", null));
        assertEquals(List.of(), ArgumentLine.split("jmp.args", " \t "));
    }

    @Test
    void whitespaceSeparates() throws Exception {
        assertEquals(List.of("a", "b", "c"), ArgumentLine.split("jmp.args", "  a b\t\tc\n"));
    }

    @Test
    void quotesKeepWhitespaceAndJoinWithAdjacentText() throws Exception {
        assertEquals(List.of("Bob Smith", "it's", "--name=x y", ""),
                ArgumentLine.split("jmp.args", "'Bob Smith' \"it's\" --name=\"x y\" ''"));
    }

    @Test
    void unclosedQuoteNamesThePropertyAndTheQuote() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> ArgumentLine.split("jmp.jvmArgs", "-Da='x"));

        assertEquals(Message.UNBALANCED_QUOTE.format("jmp.jvmArgs", "single", "-Da='x"), e.getMessage());
    }
}
