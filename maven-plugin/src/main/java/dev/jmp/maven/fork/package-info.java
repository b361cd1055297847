/**
 * Running a Java program in a child JVM from a Maven goal: building its command line
 * ({@link dev.jmp.maven.fork.JavaCommand}), writing the class path to an argument file
 * ({@link dev.jmp.maven.fork.ArgFile}), and starting, streaming, waiting for and, on timeout or
 * when Maven exits, destroying the program with its whole process tree
 * ({@link dev.jmp.maven.fork.ForkedProgram}).
 *
 * <p>Nothing here knows Maven or jmp, so every class is tested with plain JUnit and real child
 * JVMs. The types are public only so that the goals in {@code dev.jmp.maven} can use them; they
 * are not an API of the plugin.
 */
package dev.jmp.maven.fork;
