/**
 * The goals of the jmp Maven plugin ({@code goalPrefix} {@code jmp}).
 *
 * <ul>
 *   <li>{@link dev.jmp.maven.RunMojo jmp:run} runs a main class, or one {@code @ProcessTask}
 *       through its generated worker entry, in a forked JVM with the project's runtime class
 *       path: {@code mvn compile jmp:run -Djmp.mainClass=com.example.App}. What the command
 *       line names ({@code -Djmp.mainClass} or {@code -Djmp.task}) replaces what the POM
 *       configures ({@code RunRequest}).</li>
 *   <li>{@link dev.jmp.maven.VerifyMojo jmp:verify} runs the declared scenarios during
 *       {@code mvn verify} and fails the build on what it finds; {@code -DskipTests} skips it, as
 *       it skips the tests.</li>
 *   <li>{@link dev.jmp.maven.MemberMojo jmp:member} runs a member of a jmp cluster with the
 *       project's runtime class path until the build is stopped; how a member is started (main
 *       class, JVM options) is read from the project's own {@code jmp-cluster-hazelcast}
 *       ({@code MemberLaunch}), so the plugin depends on no cluster engine.</li>
 * </ul>
 *
 * Like {@code exec:exec} and unlike {@code exec:java}, the program never runs inside Maven's
 * JVM: a jmp program starts child JVMs, installs shutdown hooks and may call
 * {@code System.exit}, none of which may touch the build. Tasks are found through the index
 * the processor writes ({@link dev.jmp.internal.TaskIndex}). Failures carry a stable code from
 * {@code Message}: the program's own failure (exit code, timeout) fails the build with a
 * {@code MojoFailureException}, a problem of the configuration or of the plugin with a
 * {@code MojoExecutionException}.
 */
package dev.jmp.maven;
