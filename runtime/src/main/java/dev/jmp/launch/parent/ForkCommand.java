package dev.jmp.launch.parent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line of a child JVM, built by one pure function so it can be tested without
 * starting anything: {@code <java> <jvm options> -cp <class path> -Djmp.child=<name> <main>}.
 *
 * <p>The child's secrets (its token) never appear here: they go in its environment. The
 * {@code -Djmp.child} property only makes children recognisable in {@code ps}. A class path too
 * long for one argument goes into an argument file ({@code @file}), returned in
 * {@link #argFile()} for the launcher to write.
 *
 * @param command the command, with {@code @}{@link #ARG_FILE_MARKER} standing for the argument file's path
 * @param argFile the argument file's content, when one is needed
 */
public record ForkCommand(List<String> command, Optional<String> argFile) {

    /** Placeholder, in {@link #command()}, for the argument file's path. */
    public static final String ARG_FILE_MARKER = "@<argfile>";

    /** Class paths longer than this go into an argument file. */
    static final int MAX_INLINE_CLASS_PATH = 32_000;

    /** Builds the command; {@code jvmOptions} are inherited, context and process options in that order. */
    public static ForkCommand of(String javaExecutable, List<String> jvmOptions, String classPath,
                                 String processName, String mainClass) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable);
        command.addAll(jvmOptions);
        Optional<String> argFile = Optional.empty();
        if (classPath.length() > MAX_INLINE_CLASS_PATH) {
            command.add(ARG_FILE_MARKER);
            argFile = Optional.of("-cp \"" + classPath.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n");
        } else {
            command.add("-cp");
            command.add(classPath);
        }
        command.add("-Djmp.child=" + processName);
        command.add(mainClass);
        return new ForkCommand(List.copyOf(command), argFile);
    }

    /** The command with the argument file's path filled in. */
    public List<String> commandWith(String argFilePath) {
        List<String> resolved = new ArrayList<>(command);
        resolved.replaceAll(part -> part.equals(ARG_FILE_MARKER) ? "@" + argFilePath : part);
        return resolved;
    }
}
