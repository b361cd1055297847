package dev.jmp.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * One program run that {@code jmp:verify} checks, declared in the plugin's configuration:
 *
 * <pre>{@code
 * <scenario>
 *   <name>transfers</name>                       <!-- optional; names it in the report -->
 *   <task>Bank.transfer</task>                    <!-- or <mainClass>com.example.App</mainClass> -->
 *   <args><arg>100</arg></args>
 *   <expectedExitCode>0</expectedExitCode>        <!-- the default -->
 *   <timeout>30</timeout>                         <!-- seconds; default jmp.verify.timeout -->
 *   <expectedOutput>done \d+</expectedOutput>     <!-- a regular expression found in the output -->
 * </scenario>
 * }</pre>
 *
 * @since 0.1.0
 */
public class Scenario {

    private String name;
    private String mainClass;
    private String task;
    private List<String> args = new ArrayList<>();
    private int expectedExitCode;
    private int timeout;
    private String expectedOutput;

    /** A scenario for Maven to fill in from the configuration. */
    public Scenario() {}

    Scenario(String name, String mainClass, String task, List<String> args, int expectedExitCode, int timeout,
            String expectedOutput) {
        this.name = name;
        this.mainClass = mainClass;
        this.task = task;
        this.args = new ArrayList<>(args);
        this.expectedExitCode = expectedExitCode;
        this.timeout = timeout;
        this.expectedOutput = expectedOutput;
    }

    String mainClass() {
        return mainClass == null || mainClass.isBlank() ? null : mainClass.strip();
    }

    String task() {
        return task == null || task.isBlank() ? null : task.strip();
    }

    List<String> args() {
        return args == null ? List.of() : args;
    }

    int expectedExitCode() {
        return expectedExitCode;
    }

    /** Seconds; 0 means the goal's default. */
    int timeout() {
        return timeout;
    }

    String expectedOutput() {
        return expectedOutput == null || expectedOutput.isEmpty() ? null : expectedOutput;
    }

    /** The name given, else what runs: the task reference or the main class. */
    String label() {
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        return task() != null ? task() : String.valueOf(mainClass());
    }
}
