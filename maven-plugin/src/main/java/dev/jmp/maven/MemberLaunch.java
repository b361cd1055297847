package dev.jmp.maven;

import dev.jmp.maven.fork.JavaCommand;
import dev.jmp.maven.fork.JavaRelease;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The command line of a cluster member started by {@code jmp:member}: the member's main class and
 * the JVM options it needs on the member's JDK come from the project's own class path (the
 * {@code MemberCommand} of {@code jmp-cluster-hazelcast}), so that the plugin needs no dependency
 * on the cluster module and the member always runs the version the project declares. The {@code jmp.cluster.*} settings
 * become system properties of the member JVM.
 */
final class MemberLaunch {

    /** The class in {@code jmp-cluster-hazelcast} that says how a member is started. */
    static final String MEMBER_COMMAND = "dev.jmp.cluster.MemberCommand";

    /** The artifact a project adds to run members. */
    static final String CLUSTER_ARTIFACT = "dev.jmp:jmp-cluster-hazelcast";

    private MemberLaunch() {}

    /**
     * The member's command: {@code settings} (full {@code jmp.cluster.*} names, unset ones left
     * out) as system properties, the member's own JVM options then {@code jvmArgs}, the class path.
     */
    static JavaCommand command(String javaExecutable, List<Path> classpath, Map<String, String> settings,
            List<String> jvmArgs, String projectId) throws MojoExecutionException {
        try (URLClassLoader loader = new URLClassLoader(urls(classpath), ClassLoader.getPlatformClassLoader())) {
            Class<?> memberCommand = Class.forName(MEMBER_COMMAND, true, loader);
            String mainClass = (String) constant(memberCommand, "MAIN_CLASS");
            Method jvmOptions = memberCommand.getMethod("jvmOptions", int.class);
            List<String> options = new ArrayList<>();
            for (Object option : (List<?>) jvmOptions.invoke(null, JavaRelease.featureOf(javaExecutable))) {
                options.add(option.toString());
            }
            options.addAll(jvmArgs);
            Map<String, String> properties = new LinkedHashMap<>();
            settings.forEach((key, value) -> {
                if (value != null && !value.isBlank()) {
                    properties.put(key, value.trim());
                }
            });
            return JavaCommand.of(javaExecutable, mainClass)
                    .withSystemProperties(properties)
                    .withJvmArgs(options)
                    .withClasspath(classpath.stream().map(Path::toString).toList());
        } catch (ClassNotFoundException e) {
            throw new MojoExecutionException(Message.MEMBER_NO_CLUSTER.format(projectId, CLUSTER_ARTIFACT), e);
        } catch (ReflectiveOperationException | ClassCastException | IOException e) {
            throw new MojoExecutionException(Message.MEMBER_BAD_CLUSTER.format(CLUSTER_ARTIFACT, e), e);
        }
    }

    private static Object constant(Class<?> type, String name) throws ReflectiveOperationException {
        Field field = type.getField(name);
        return field.get(null);
    }

    private static URL[] urls(List<Path> classpath) throws MalformedURLException {
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = classpath.get(i).toUri().toURL();
        }
        return urls;
    }
}
