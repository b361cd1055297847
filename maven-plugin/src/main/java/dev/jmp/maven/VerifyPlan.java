package dev.jmp.maven;

import dev.jmp.internal.TaskIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Checks the declared scenarios before anything runs, and resolves what each one starts, so that
 * a typo in the tenth scenario fails the build before the first has run for a minute.
 */
final class VerifyPlan {

    /** A scenario ready to run: its main class and its time limit in seconds. */
    record Step(Scenario scenario, RunTarget target, int timeoutSeconds) {}

    private VerifyPlan() {}

    static List<Step> steps(List<Scenario> scenarios, int defaultTimeout, List<Path> classpath, String project)
            throws MojoExecutionException {
        Optional<TaskIndex> index = null;
        List<Step> steps = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            int seconds = scenario.timeout() == 0 ? defaultTimeout : scenario.timeout();
            if (seconds <= 0) {
                throw new MojoExecutionException(Message.VERIFY_BAD_TIMEOUT.format(scenario.label(), seconds));
            }
            if (scenario.expectedOutput() != null) {
                try {
                    Pattern.compile(scenario.expectedOutput());
                } catch (PatternSyntaxException e) {
                    throw new MojoExecutionException(
                            Message.VERIFY_BAD_PATTERN.format(scenario.label(), e.getMessage()), e);
                }
            }
            RunTarget target;
            if ((scenario.mainClass() == null) == (scenario.task() == null)) {
                throw new MojoExecutionException(Message.VERIFY_TARGET.format(scenario.label(),
                        scenario.mainClass() == null ? "neither" : "both"));
            } else if (scenario.mainClass() != null) {
                target = RunTarget.mainClass(scenario.mainClass());
            } else {
                if (index == null) {
                    index = ClasspathTaskIndex.read(classpath);
                }
                target = TaskResolver.resolve(scenario.task(), index, project);
            }
            steps.add(new Step(scenario, target, seconds));
        }
        return steps;
    }
}
