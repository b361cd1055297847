package dev.jmp.maven;

/**
 * What {@code jmp:run} starts: a main class, and how messages name it.
 *
 * @param mainClass the class whose {@code main} runs in the forked JVM
 * @param description {@code com.example.App}, or {@code task Greeter.greet
 *     (com.example.jmp_generated.Greeter_greet_Entry)} for a task
 */
record RunTarget(String mainClass, String description) {

    static RunTarget mainClass(String mainClass) {
        return new RunTarget(mainClass, mainClass);
    }
}
