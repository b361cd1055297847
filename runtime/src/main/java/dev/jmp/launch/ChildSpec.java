package dev.jmp.launch;

import dev.jmp.internal.TaskCall;
import java.util.List;

/**
 * Everything needed to start one child: its name, whether it is a daemon, the JVM options the
 * context and the process add to the inherited ones, and its task.
 */
public record ChildSpec(String name, boolean daemon, List<String> jvmOptions, TaskCall task) {

    public ChildSpec {
        jvmOptions = List.copyOf(jvmOptions);
    }
}
