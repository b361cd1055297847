package dev.jmp.maven;

import dev.jmp.maven.fork.JavaCommand;
import dev.jmp.maven.verify.Outcome;
import dev.jmp.maven.verify.ThreadDumps;
import dev.jmp.maven.verify.VerifiedRun;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Runs each declared {@link Scenario} in a forked JVM, with the project's runtime class path, and
 * fails the build when one exits with an unexpected code, misses its expected output, times out,
 * deadlocks on jmp locks across processes, leaves a process running or leaves shared memory
 * behind. Each failure is reported with its evidence: the deadlock's threads and their stacks, a
 * thread dump of every process on a timeout, the tail of the output.
 *
 * The goal binds to the {@code verify} phase, but runs only where an execution names it:
 *
 * <pre>{@code
 * <execution><goals><goal>verify</goal></goals>
 *   <configuration><scenarios>
 *     <scenario><task>Bank.transfer</task><args><arg>100</arg></args><timeout>30</timeout></scenario>
 *     <scenario><mainClass>com.example.App</mainClass><expectedOutput>done</expectedOutput></scenario>
 *   </scenarios></configuration>
 * </execution>
 * }</pre>
 *
 * Like Surefire and Failsafe, it is skipped by {@code -DskipTests} and {@code -Dmaven.test.skip};
 * {@code -Djmp.verify.skip} skips it alone.
 *
 * @since 0.1.0
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class VerifyMojo extends AbstractMojo {

    /**
     * The programs to run and what to expect of each, one {@code <scenario>} per run, each in its
     * own JVM. The fields of a scenario:
     * <ul>
     *   <li>{@code <task>}: the {@code @ProcessTask} to run on its own, e.g. {@code Bank.transfer}
     *       or {@code com.example.Bank.transfer}; or</li>
     *   <li>{@code <mainClass>}: the class whose {@code main} runs, e.g. {@code com.example.App}
     *       (exactly one of {@code <task>} and {@code <mainClass>});</li>
     *   <li>{@code <args>}: the arguments, one {@code <arg>} each, parsed as the task's parameter
     *       types for a task;</li>
     *   <li>{@code <name>}: what the report calls the scenario; by default the task or the main
     *       class;</li>
     *   <li>{@code <expectedExitCode>}: the exit code that passes; default 0;</li>
     *   <li>{@code <expectedOutput>}: a Java regular expression that must match somewhere in the
     *       output (stdout and stderr, multi-line mode: {@code ^} and {@code $} match at each
     *       line); by default the output is not checked;</li>
     *   <li>{@code <timeout>}: seconds the scenario may run; default {@code jmp.verify.timeout}.</li>
     * </ul>
     * Every scenario also fails on a cross-process deadlock, on a process left running, and on a
     * shared-memory segment left behind.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<Scenario> scenarios = new ArrayList<>();

    /**
     * Seconds a scenario may run when it sets no {@code <timeout>} of its own.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.verify.timeout", defaultValue = "60")
    private int timeout;

    /**
     * Options for every forked JVM, one per element: {@code <jvmArgs><jvmArg>-Xmx256m</jvmArg></jvmArgs>}.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> jvmArgs = new ArrayList<>();

    /**
     * Skips this goal only.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.verify.skip", defaultValue = "false")
    private boolean verifySkip;

    /**
     * Skips every jmp goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Skips this goal together with the tests, as {@code -DskipTests} skips Surefire and Failsafe.
     *
     * @since 0.1.0
     */
    @Parameter(property = "skipTests", defaultValue = "false")
    private boolean skipTests;

    /**
     * Skips this goal together with the compilation and running of tests, as
     * {@code -Dmaven.test.skip} does.
     *
     * @since 0.1.0
     */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean mavenTestSkip;

    /**
     * The {@code java} launcher of the forked JVMs; by default the one of the JDK running Maven.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.javaExecutable", defaultValue = "${java.home}/bin/java")
    private String javaExecutable;

    /**
     * The working directory of the forked JVMs.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.workingDirectory", defaultValue = "${project.basedir}")
    private java.io.File workingDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String skippedBy = skip ? "jmp.skip" : verifySkip ? "jmp.verify.skip" : skipTests ? "skipTests"
                : mavenTestSkip ? "maven.test.skip" : null;
        if (skippedBy != null) {
            getLog().info("Skipping jmp:verify because " + skippedBy + " is set");
            return;
        }
        List<Scenario> declared = Objects.requireNonNullElse(scenarios, List.of());
        if (declared.isEmpty()) {
            getLog().warn(Message.VERIFY_NOTHING.format());
            return;
        }
        List<Path> classpath = RunMojo.classpathOf(project);
        List<VerifyPlan.Step> steps = VerifyPlan.steps(declared, timeout, classpath, project.getId());
        VerifiedRun runner = new VerifiedRun(Path.of(project.getBuild().getDirectory()), workingDirectory.toPath(),
                new ThreadDumps(Path.of(System.getProperty("java.home"))), System.out::println);
        List<String> failed = new ArrayList<>();
        for (VerifyPlan.Step step : steps) {
            getLog().info("Verifying scenario " + step.scenario().label() + ": " + step.target().description());
            List<String> problems = ScenarioCheck.problems(step.scenario(), step.target().description(),
                    step.timeoutSeconds(), run(runner, step, classpath));
            problems.forEach(getLog()::error);
            if (problems.isEmpty()) {
                getLog().info("Scenario " + step.scenario().label() + " passed");
            } else {
                failed.add(step.scenario().label());
            }
        }
        if (!failed.isEmpty()) {
            throw new MojoFailureException(Message.VERIFY_FAILED.format(failed.size(), steps.size(),
                    String.join(", ", failed)));
        }
    }

    private Outcome run(VerifiedRun runner, VerifyPlan.Step step, List<Path> classpath) throws MojoExecutionException {
        JavaCommand command = JavaCommand.of(javaExecutable, step.target().mainClass())
                .withJvmArgs(Objects.requireNonNullElse(jvmArgs, List.of()))
                .withClasspath(classpath.stream().map(Path::toString).toList())
                .withArgs(step.scenario().args());
        try {
            return runner.run(command, Duration.ofSeconds(step.timeoutSeconds()));
        } catch (IOException e) {
            throw new MojoExecutionException(Message.CANNOT_START.format(javaExecutable, e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException(Message.INTERRUPTED.format(step.target().description()), e);
        }
    }
}
