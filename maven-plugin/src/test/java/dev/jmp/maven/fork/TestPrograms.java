package dev.jmp.maven.fork;

import dev.jmp.maven.fork.programs.Chatty;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Commands that run the programs in {@code dev.jmp.maven.fork.programs} with this JDK. */
final class TestPrograms {

    private TestPrograms() {}

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The plugin's classes and the test programs; Surefire's own class path is a manifest jar. */
    static List<String> classpath() {
        return List.of(location(ForkedProgram.class), location(Chatty.class));
    }

    static JavaCommand command(Class<?> mainClass, String... args) {
        return JavaCommand.of(java(), mainClass.getName()).withClasspath(classpath()).withArgs(List.of(args));
    }

    static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
