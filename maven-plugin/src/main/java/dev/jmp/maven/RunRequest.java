package dev.jmp.maven;

import java.util.Properties;

/**
 * What {@code jmp:run} was asked to run: a main class, a task, both or neither (the mojo rejects
 * the last two). What the command line names wins over what the POM configures, so a project
 * whose POM runs its program by default can still run one task:
 * {@code mvn compile jmp:run -Djmp.task=Greeter.greet -Djmp.args=Alice}. Maven alone would let
 * the POM's {@code <mainClass>} hide {@code -Djmp.mainClass}, and keep it next to
 * {@code -Djmp.task}.
 *
 * @param mainClass the class whose {@code main} runs, or null
 * @param task the {@code @ProcessTask} reference, or null
 */
record RunRequest(String mainClass, String task) {

    static final String MAIN_CLASS_PROPERTY = "jmp.mainClass";
    static final String TASK_PROPERTY = "jmp.task";

    /**
     * The configured {@code mainClass} and {@code task} (from the POM or a property), replaced by
     * the {@code -D} options of the command line ({@code userProperties}) when those name
     * either.
     */
    static RunRequest of(String mainClass, String task, Properties userProperties) {
        String cliMainClass = userProperties.getProperty(MAIN_CLASS_PROPERTY);
        String cliTask = userProperties.getProperty(TASK_PROPERTY);
        if (isSet(cliMainClass) || isSet(cliTask)) {
            return new RunRequest(blankToNull(cliMainClass), blankToNull(cliTask));
        }
        return new RunRequest(blankToNull(mainClass), blankToNull(task));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return isSet(value) ? value.strip() : null;
    }
}
