package dev.jmp.maven.fork;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The command line of a forked Java program, built without side effects:
 * {@code <java> -D<key>=<value>... <jvm args> @<argfile> <main class> <args>}.
 *
 * <p>The class path goes into an argument file (Java 9+) rather than onto the command line, so
 * a project with hundreds of dependencies does not hit the operating system's length limit:
 * <pre>{@code
 * JavaCommand command = JavaCommand.of("/opt/jdk/bin/java", "com.example.App")
 *         .withClasspath(List.of("target/classes", "lib/a.jar"))
 *         .withArgs(List.of("Alice"));
 * try (ArgFile file = ArgFile.write(Path.of("target"), command.argFileLines())) {
 *     List<String> argv = command.toArguments(file.path());
 * }
 * }</pre>
 * Order matters where the JVM sees an option twice: the last one wins, so a {@code -D} in the
 * {@link #withJvmArgs JVM args} overrides the same {@link #withSystemProperties system property}.
 */
public final class JavaCommand {

    private final String javaExecutable;
    private final List<String> jvmArgs;
    private final Map<String, String> systemProperties;
    private final List<String> classpath;
    private final String mainClass;
    private final List<String> args;

    private JavaCommand(String javaExecutable, List<String> jvmArgs, Map<String, String> systemProperties,
            List<String> classpath, String mainClass, List<String> args) {
        this.javaExecutable = javaExecutable;
        this.jvmArgs = List.copyOf(jvmArgs);
        this.systemProperties = new LinkedHashMap<>(systemProperties);
        this.classpath = List.copyOf(classpath);
        this.mainClass = mainClass;
        this.args = List.copyOf(args);
    }

    /** A command that runs {@code mainClass} with {@code javaExecutable}, nothing else set yet. */
    public static JavaCommand of(String javaExecutable, String mainClass) {
        return new JavaCommand(Objects.requireNonNull(javaExecutable, "javaExecutable"), List.of(), Map.of(),
                List.of(), Objects.requireNonNull(mainClass, "mainClass"), List.of());
    }

    /** Options for the JVM, placed after the system properties. */
    public JavaCommand withJvmArgs(List<String> jvmArgs) {
        return new JavaCommand(javaExecutable, jvmArgs, systemProperties, classpath, mainClass, args);
    }

    /** {@code -Dkey=value} for each entry, in the map's iteration order. */
    public JavaCommand withSystemProperties(Map<String, String> systemProperties) {
        return new JavaCommand(javaExecutable, jvmArgs, systemProperties, classpath, mainClass, args);
    }

    /** Class path entries: directories and jars, in order. */
    public JavaCommand withClasspath(List<String> classpath) {
        return new JavaCommand(javaExecutable, jvmArgs, systemProperties, classpath, mainClass, args);
    }

    /** Arguments of the program's {@code main}. */
    public JavaCommand withArgs(List<String> args) {
        return new JavaCommand(javaExecutable, jvmArgs, systemProperties, classpath, mainClass, args);
    }

    /** The lines of the argument file that {@link #toArguments} refers to: the class path. */
    public List<String> argFileLines() {
        return List.of("-cp", ArgFile.quote(String.join(File.pathSeparator, classpath)));
    }

    /** The full argv, with the class path read from {@code argFile}. */
    public List<String> toArguments(Path argFile) {
        return argv(List.of("@" + argFile));
    }

    /** The command as a person would type it, class path inline; for logs, not for running. */
    public String toDisplayString() {
        return String.join(" ", argv(List.of("-cp", String.join(File.pathSeparator, classpath))));
    }

    private List<String> argv(List<String> classpathArgs) {
        List<String> argv = new ArrayList<>();
        argv.add(javaExecutable);
        // An empty element in the POM, <key/>, arrives as null and means the empty string.
        systemProperties.forEach((key, value) -> argv.add("-D" + key + "=" + (value == null ? "" : value)));
        argv.addAll(jvmArgs);
        argv.addAll(classpathArgs);
        argv.add(mainClass);
        argv.addAll(args);
        return argv;
    }
}
