package dev.jmp.maven.fork.programs;

import dev.jmp.maven.fork.ForkedProgram;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Stands in for Maven: forks {@link HangWithChild} through {@link ForkedProgram} with the same
 * class path and waits for it forever, so a test can end this JVM and check that its shutdown
 * hook destroyed the forked tree.
 */
public final class ForkAndHang {

    public static void main(String[] args) throws Exception {
        List<String> argv = List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"),
                HangWithChild.class.getName());
        ForkedProgram program = ForkedProgram.start(argv, Path.of("."), System.out::println, System.err::println);
        System.out.println("forked " + program.pid());
        program.waitFor(Duration.ZERO);
    }
}
