package dev.jmp.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a main class of this class path in a JVM of its own, started as this one was (same
 * {@code java}, same options, same class path), for a measurement whose parent must be as cold
 * as its workers. What the program prints on stderr goes to this one's.
 */
final class FreshJvm {

    private FreshJvm() {}

    /** Runs {@code main} with {@code args} and returns the last line it printed. */
    static String run(Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        java.lang.Process jvm = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(jvm.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = jvm.waitFor();
        if (exit != 0 || out.isEmpty()) {
            throw new IllegalStateException(main.getSimpleName() + " ended with exit code " + exit
                    + " and printed: " + out);
        }
        return out.substring(out.lastIndexOf('\n') + 1);
    }
}
