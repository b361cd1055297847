package dev.jmp.maven.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgFileTest {

    @TempDir
    Path dir;

    @Test
    void writesTheLinesIntoANewDirectoryAndDeletesThemOnClose() throws Exception {
        Path target = dir.resolve("target");
        Path written;
        try (ArgFile file = ArgFile.write(target, List.of("-cp", "\"a\""))) {
            written = file.path();
            assertEquals(target, written.getParent());
            assertTrue(written.getFileName().toString().matches("jmp-.*\\.args"), written.toString());
            assertEquals(List.of("-cp", "\"a\""), Files.readAllLines(written));
        }
        assertFalse(Files.exists(written));
    }

    @Test
    void quoteEscapesBackslashesAndQuotes() {
        assertEquals("\"C:\\\\Program Files\\\\x.jar\"", ArgFile.quote("C:\\Program Files\\x.jar"));
        assertEquals("\"say \\\"hi\\\"\"", ArgFile.quote("say \"hi\""));
        assertEquals("\"/a b/#c\"", ArgFile.quote("/a b/#c"));
    }
}
