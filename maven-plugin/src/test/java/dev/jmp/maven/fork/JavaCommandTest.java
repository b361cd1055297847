package dev.jmp.maven.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JavaCommandTest {

    private final JavaCommand command = JavaCommand.of("/jdk/bin/java", "com.example.App")
            .withJvmArgs(List.of("-Xmx64m", "-Da=1"))
            .withSystemProperties(ordered("b", "2", "c", "x y"))
            .withClasspath(List.of("/p/classes", "/p/lib/a.jar"))
            .withArgs(List.of("Alice", "Bob Smith"));

    @Test
    void argumentsRunTheMainClassWithTheClasspathFromTheArgFile() {
        assertEquals(List.of("/jdk/bin/java", "-Db=2", "-Dc=x y", "-Xmx64m", "-Da=1", "@/tmp/jmp-1.args",
                "com.example.App", "Alice", "Bob Smith"), command.toArguments(Path.of("/tmp/jmp-1.args")));
    }

    @Test
    void argFileHoldsTheQuotedClasspath() {
        String joined = "/p/classes" + File.pathSeparator + "/p/lib/a.jar";
        assertEquals(List.of("-cp", "\"" + joined + "\""), command.argFileLines());
    }

    @Test
    void displayStringShowsTheClasspathInline() {
        String joined = "/p/classes" + File.pathSeparator + "/p/lib/a.jar";
        assertEquals("/jdk/bin/java -Db=2 -Dc=x y -Xmx64m -Da=1 -cp " + joined + " com.example.App Alice Bob Smith",
                command.toDisplayString());
    }

    @Test
    void bareCommandHasOnlyTheClasspathAndMainClass() {
        JavaCommand bare = JavaCommand.of("java", "Main");
        assertEquals(List.of("java", "@f", "Main"), bare.toArguments(Path.of("f")));
        assertEquals(List.of("-cp", "\"\""), bare.argFileLines());
    }

    @Test
    void systemPropertyWithoutValueIsEmpty() {
        JavaCommand command = JavaCommand.of("java", "Main").withSystemProperties(ordered("flag", null));
        assertEquals(List.of("java", "-Dflag=", "@f", "Main"), command.toArguments(Path.of("f")));
    }

    @Test
    void withersLeaveTheOriginalUnchanged() {
        JavaCommand other = command.withArgs(List.of());
        assertEquals(List.of("Alice", "Bob Smith"), command.toArguments(Path.of("f")).subList(7, 9));
        assertEquals("com.example.App", other.toArguments(Path.of("f")).get(6));
        assertEquals(7, other.toArguments(Path.of("f")).size());
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
