package dev.jmp;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public static method as a task that can run in another process.
 *
 * <p>The jmp annotation processor checks at compile time that every parameter and the return
 * type can cross a process boundary, and generates, in the same package, a factory class named
 * after the declaring class with a {@code Tasks} suffix:
 *
 * <pre>{@code
 * public class Greeter {
 *     @ProcessTask
 *     public static void greet(String name) {
 *         System.out.println("Hello, " + name);
 *     }
 * }
 *
 * var p = new Process(GreeterTasks.greet("Alice"));
 * p.start();
 * p.join();
 * }</pre>
 *
 * <p>Each task also gets a generated worker entry with a {@code main(String[])} that runs it on
 * its own, parsing its arguments from strings: {@code mvn jmp:run -Djmp.task=Greeter.greet
 * -Djmp.args=Alice}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ProcessTask {

    /**
     * The task's name, unique within its class; defaults to the method's name. Set it to tell
     * apart overloads, whose generated names would otherwise collide.
     */
    String name() default "";
}
