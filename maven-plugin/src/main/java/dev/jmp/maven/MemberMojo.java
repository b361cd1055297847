package dev.jmp.maven;

import dev.jmp.maven.fork.ArgFile;
import dev.jmp.maven.fork.ForkedProgram;
import dev.jmp.maven.fork.JavaCommand;
import dev.jmp.maven.fork.ProgramResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Runs a member of a jmp cluster on this machine, in a forked JVM with the project's runtime class
 * path, until the build is stopped (Ctrl-C) or the member ends. Drivers of the same cluster
 * ({@code jmp.startMethod=cluster}) then run their pools, executors and processes on it. The
 * project needs the dependency {@code dev.jmp:jmp-cluster-hazelcast}, and every member and driver
 * the same build of the project: a driver refuses a member whose class path differs.
 *
 * <pre>
 * mvn compile jmp:member -Djmp.cluster.members=10.0.0.5:5701,10.0.0.6:5701 \
 *     -Djmp.cluster.interface=10.0.0.5 -Djmp.cluster.keyFile=/etc/jmp/cluster.key
 * </pre>
 *
 * Any other {@code jmp.cluster.*} property given to Maven reaches the member as well. Without
 * {@code jmp.cluster.interface} the member binds to the loopback address, and only programs of
 * this machine can reach it.
 *
 * @since 0.1.0
 */
@Mojo(name = "member", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class MemberMojo extends AbstractMojo {

    private static final String PREFIX = "jmp.cluster.";

    /**
     * The cluster's name: members and drivers of another name never meet. The member's default is
     * {@code jmp}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.cluster.name")
    private String name;

    /**
     * Where the cluster's members listen, a comma-separated list of {@code host:port}, each with its
     * port: the members this one asks to join. The member's default is {@code 127.0.0.1:5701}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.cluster.members")
    private String members;

    /**
     * The port this member listens on; unset: 5701, or the next free one up to 5720.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.cluster.port")
    private String port;

    /**
     * The address this member binds to, one of this machine's; unset: the loopback address, so
     * that no other machine can reach it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.cluster.interface")
    private String bindInterface;

    /**
     * How many worker JVMs this member offers to drivers' pools; unset: its CPU count.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.cluster.workers")
    private String workers;

    /**
     * The cluster key, a file every member and driver holds the same of (at least 16 bytes; make
     * one with {@code openssl rand -hex 32}); every batch is signed with it. Unset: {@code ~/.jmp/cluster.key}, made on first
     * use when every address is on the loopback.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.cluster.keyFile")
    private String keyFile;

    /**
     * Options for the member's JVM, one per element: {@code <jvmArgs><jvmArg>-Xmx2g</jvmArg></jvmArgs>}.
     *
     * @since 0.1.0
     */
    @Parameter
    private List<String> jvmArgs = new ArrayList<>();

    /**
     * Options for the member's JVM in one string, added after {@link #jvmArgs}:
     * {@code -Djmp.jvmArgs="-Xmx2g"}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.jvmArgs")
    private String commandlineJvmArgs;

    /**
     * Skips the goal: no member starts.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The {@code java} launcher of the member's JVM; by default the one of the JDK running Maven.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jmp.javaExecutable", defaultValue = "${java.home}/bin/java")
    private String javaExecutable;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping jmp:member because jmp.skip is set");
            return;
        }
        List<String> options = new ArrayList<>(Objects.requireNonNullElse(jvmArgs, List.of()));
        options.addAll(ArgumentLine.split("jmp.jvmArgs", commandlineJvmArgs));
        JavaCommand command = MemberLaunch.command(javaExecutable, RunMojo.classpathOf(project), settings(), options,
                project.getId());
        getLog().info("Starting a jmp cluster member; stop it with Ctrl-C");
        getLog().debug(command.toDisplayString());
        ProgramResult result;
        try (ArgFile argFile = ArgFile.write(Path.of(project.getBuild().getDirectory()), command.argFileLines())) {
            ForkedProgram member = ForkedProgram.start(command.toArguments(argFile.path()), project.getBasedir().toPath(),
                    System.out::println, System.err::println);
            result = member.waitFor(Duration.ZERO);
        } catch (IOException e) {
            throw new MojoExecutionException(Message.CANNOT_START.format(javaExecutable, e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException(Message.INTERRUPTED.format("the cluster member"), e);
        }
        if (result.exitCode() != 0) {
            throw new MojoFailureException(Message.MEMBER_EXIT.format(result.exitDescription()));
        }
    }

    /**
     * The member's settings: every {@code jmp.cluster.*} property given to Maven, then the
     * parameters, and the Maven JVM as the member's parent, so that the member ends with the build
     * however the build ends.
     */
    private Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        copyClusterProperties(session.getSystemProperties(), settings);
        copyClusterProperties(session.getUserProperties(), settings);
        settings.put(PREFIX + "name", name);
        settings.put(PREFIX + "members", members);
        settings.put(PREFIX + "port", port);
        settings.put(PREFIX + "interface", bindInterface);
        settings.put(PREFIX + "workers", workers);
        settings.put(PREFIX + "keyFile", keyFile);
        settings.put(PREFIX + "parentPid", Long.toString(ProcessHandle.current().pid()));
        return settings;
    }

    private static void copyClusterProperties(Properties from, Map<String, String> to) {
        for (String key : from.stringPropertyNames()) {
            if (key.startsWith(PREFIX)) {
                to.put(key, from.getProperty(key));
            }
        }
    }
}
