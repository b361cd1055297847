package dev.jmp.maven;

import dev.jmp.base.RuntimeDirectories;
import dev.jmp.diagnostics.Deadlock;
import dev.jmp.diagnostics.Deadlocks;
import dev.jmp.maven.fork.ArgFile;
import dev.jmp.maven.fork.ForkedProgram;
import dev.jmp.maven.fork.JavaCommand;
import dev.jmp.maven.fork.ProgramResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Runs a program, or one {@code @ProcessTask} on its own, in a forked JVM with the project's
 * runtime class path ({@code target/classes} and the runtime dependencies). The program's
 * output appears as it is written; a non-zero exit code fails the build.
 *
 * <pre>
 * mvn compile jmp:run -Djmp.mainClass=com.example.App -Djmp.args="Alice Bob"
 * mvn compile jmp:run -Djmp.task=Greeter.greet -Djmp.args=Alice -Djmp.timeout=30
 * </pre>
 *
 * The goal binds to no phase and compiles nothing itself: run {@code compile} before it.
 *
 * @since 0.1.0
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RunMojo extends AbstractMojo {

    /**
     * The class whose {@code main} runs, e.g. {@code com.example.App}. Set this or {@link #task};
     * either one on the command line replaces what the POM configures.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.mainClass")
    private String mainClass;

    /**
     * The {@code @ProcessTask} to run on its own through its generated worker entry, e.g.
     * {@code Greeter.greet} or {@code com.example.Greeter.greet}; its arguments come from
     * {@link #args} and are parsed as the task's parameter types. Needs the jmp processor at
     * compile time, which writes the task index. Set this or {@link #mainClass}; either one on
     * the command line replaces what the POM configures, so {@code -Djmp.task=Greeter.greet} runs
     * the task in a project whose POM sets a {@code <mainClass>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.task")
    private String task;

    /**
     * The program's arguments, one per element, so an argument may contain spaces:
     * {@code <args><arg>Alice</arg><arg>Bob Smith</arg></args>}. Replaced by
     * {@link #commandlineArgs} when that is set.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> args = new ArrayList<>();

    /**
     * The program's arguments in one string, split at whitespace; single or double quotes keep
     * an argument together: {@code -Djmp.args="Alice 'Bob Smith'"}. When set, it replaces
     * {@link #args}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.args")
    private String commandlineArgs;

    /**
     * Options for the forked JVM, one per element: {@code <jvmArgs><jvmArg>-Xmx256m</jvmArg></jvmArgs>}.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> jvmArgs = new ArrayList<>();

    /**
     * Options for the forked JVM in one string, split like {@link #commandlineArgs} and added
     * after {@link #jvmArgs}: {@code -Djmp.jvmArgs="-Xmx256m -Dgreeting=hello"}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.jvmArgs")
    private String commandlineJvmArgs;

    /**
     * System properties of the forked JVM, passed as {@code -Dkey=value} before the JVM options:
     * {@code <systemProperties><greeting>hello</greeting></systemProperties>}. From the command
     * line, use {@code -Djmp.jvmArgs=-Dgreeting=hello}, which wins over the same key here.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> systemProperties = Map.of();

    /**
     * The working directory of the forked JVM.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.workingDirectory", defaultValue = "${project.basedir}")
    private File workingDirectory;

    /**
     * Seconds the program may run; {@code 0} means no limit. A program that takes longer is
     * destroyed together with every process it started, and the build fails.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.timeout", defaultValue = "0")
    private int timeout;

    /**
     * Skips the goal: nothing runs.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The {@code java} launcher of the forked JVM; by default the one of the JDK running Maven.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.javaExecutable", defaultValue = "${java.home}/bin/java")
    private String javaExecutable;

    /**
     * Runs the program with the project's classes packed into {@code target/jmp/<artifactId>-classes.jar}
     * instead of the {@code target/classes} directory, so that its child JVMs can share a
     * class-data archive (jmp makes one only for a class path of jars; see {@code jmp.cds} in the
     * README). The jar is rewritten only when the classes change. It pays when the program starts
     * many processes or pool workers; the rest of the class path must be jars too (dependencies
     * from the local repository are).
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.classDataSharing", defaultValue = "false")
    private boolean classDataSharing;

    /**
     * The start method of the processes, pools and managers the program creates without choosing
     * one: {@code spawn} (a fresh JVM per process), {@code warm} (spare JVMs booted ahead of
     * time; see the README) or {@code cluster} (on the members of a cluster, started with
     * {@code jmp:member}; the project needs {@code jmp-cluster-hazelcast}). Passed to the program as the system property
     * {@code jmp.startMethod}; unset, the program's own default applies (spawn).
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.startMethod")
    private String startMethod;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping jmp:run because jmp.skip is set");
            return;
        }
        if (timeout < 0) {
            throw new MojoExecutionException(Message.NEGATIVE_TIMEOUT.format(timeout));
        }
        List<Path> classpath = runtimeClasspath();
        RunTarget target = target(classpath);
        JavaCommand command = JavaCommand.of(javaExecutable, target.mainClass())
                .withJvmArgs(concat(jvmArgs, ArgumentLine.split("jmp.jvmArgs", commandlineJvmArgs)))
                .withSystemProperties(programProperties())
                .withClasspath(classpath.stream().map(Path::toString).toList())
                .withArgs(commandlineArgs != null
                        ? ArgumentLine.split("jmp.args", commandlineArgs)
                        : Objects.requireNonNullElse(args, List.of()));
        ProgramResult result = run(command, target);
        if (result.timedOut()) {
            throw new MojoFailureException(
                    Message.TIMED_OUT.format(target.description(), timeout, result.destroyedDescendants()));
        }
        if (result.exitCode() != 0) {
            throw new MojoFailureException(Message.EXIT_CODE.format(target.description(), result.exitDescription()));
        }
        getLog().info(String.format(Locale.ROOT, "%s finished in %.1f s", target.description(),
                result.elapsed().toMillis() / 1000.0));
    }

    /** The configured system properties, with {@code jmp.startMethod} when {@link #startMethod} is set. */
    private Map<String, String> programProperties() throws MojoExecutionException {
        Map<String, String> properties = new LinkedHashMap<>(Objects.requireNonNullElse(systemProperties, Map.of()));
        if (startMethod != null && !startMethod.isBlank()) {
            String method = startMethod.trim().toLowerCase(Locale.ROOT);
            if (!List.of("spawn", "warm", "cluster").contains(method)) {
                throw new MojoExecutionException(Message.START_METHOD.format(startMethod));
            }
            properties.put("jmp.startMethod", method);
        }
        return properties;
    }

    private List<Path> runtimeClasspath() throws MojoExecutionException {
        List<Path> classpath = classpathOf(project);
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        if (!classDataSharing || !Files.isDirectory(classes)) {
            return classpath;
        }
        Path jar = Path.of(project.getBuild().getDirectory(), "jmp", project.getArtifactId() + "-classes.jar");
        try {
            ClassesJar.pack(classes, jar);
        } catch (IOException e) {
            throw new MojoExecutionException(Message.CANNOT_PACK_CLASSES.format(classes, jar, e.getMessage()), e);
        }
        return classpath.stream().map(p -> p.equals(classes) ? jar : p).toList();
    }

    /** {@code project}'s runtime class path: its classes and its runtime dependencies. */
    static List<Path> classpathOf(MavenProject project) throws MojoExecutionException {
        try {
            return project.getRuntimeClasspathElements().stream().map(Path::of).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException(Message.NO_CLASSPATH.format(project.getId(), e.getMessage()), e);
        }
    }

    private RunTarget target(List<Path> classpath) throws MojoExecutionException {
        RunRequest request = RunRequest.of(mainClass, task, session.getUserProperties());
        if (request.mainClass() != null && request.task() != null) {
            throw new MojoExecutionException(Message.TWO_THINGS_TO_RUN.format(request.mainClass(), request.task()));
        }
        if (request.mainClass() != null) {
            return RunTarget.mainClass(request.mainClass());
        }
        if (request.task() != null) {
            return TaskResolver.resolve(request.task(), ClasspathTaskIndex.read(classpath), project.getId());
        }
        throw new MojoExecutionException(Message.NOTHING_TO_RUN.format());
    }

    private ProgramResult run(JavaCommand command, RunTarget target) throws MojoExecutionException {
        if (!Files.isDirectory(Path.of(project.getBuild().getOutputDirectory()))) {
            getLog().warn(project.getBuild().getOutputDirectory() + " does not exist: run mvn compile jmp:run");
        }
        getLog().info("Running " + target.description() + " in a forked JVM");
        getLog().debug(command.toDisplayString());
        try (ArgFile argFile = ArgFile.write(Path.of(project.getBuild().getDirectory()), command.argFileLines())) {
            // Straight to the console rather than through the Log: no [INFO] prefix, and -q does not
            // hide what the program prints.
            ForkedProgram program = ForkedProgram.start(command.toArguments(argFile.path()),
                    workingDirectory.toPath(), System.out::println, System.err::println);
            return program.waitFor(Duration.ofSeconds(timeout), this::reportDeadlocks);
        } catch (IOException e) {
            throw new MojoExecutionException(Message.CANNOT_START.format(javaExecutable, e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException(Message.INTERRUPTED.format(target.description()), e);
        }
    }

    /** On a timeout: the deadlocks among the program's processes, while they still run. */
    private void reportDeadlocks(ProcessHandle root) {
        Path directory = RuntimeDirectories.sharedMemory(Objects.requireNonNullElse(systemProperties, Map.<String, String>of())
                .get(RuntimeDirectories.SHARED_MEMORY_PROPERTY));
        List<Long> pids = new ArrayList<>(List.of(root.pid()));
        root.descendants().forEach(p -> pids.add(p.pid()));
        for (Deadlock deadlock : Deadlocks.detect(directory)) {
            if (pids.containsAll(deadlock.pids())) {
                getLog().error(deadlock.report().stripTrailing());
            }
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(Objects.requireNonNullElse(first, List.of()));
        all.addAll(second);
        return all;
    }
}
