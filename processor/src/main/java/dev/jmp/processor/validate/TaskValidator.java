package dev.jmp.processor.validate;

import dev.jmp.processor.model.TaskMethod;
import dev.jmp.processor.model.TaskParameter;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;

/**
 * The rules for one task method. Every broken rule is reported, not just the first, so a user
 * fixes a method in one pass.
 */
public final class TaskValidator {

    /**
     * @param siblings every task of the same class, {@code task} included, to find name collisions
     */
    public Report validate(TaskMethod task, List<TaskMethod> siblings) {
        Report report = new Report();
        ExecutableElement method = task.element();
        String subject = "task method " + task.displayName();
        if (!task.isStatic()) {
            report.error(method, Message.NOT_STATIC, subject);
        }
        if (!task.isPublic()) {
            report.error(method, Message.METHOD_NOT_PUBLIC, subject, task.owner().entryPackage());
        }
        if (!task.typeVariables().isEmpty()) {
            report.error(method, Message.GENERIC_METHOD, subject, String.join(", ", task.typeVariables()));
        }
        TaskNameRules.whyInvalid(task.taskName(), task.parameters().stream().map(TaskParameter::erasure).toList())
                .ifPresent(why -> onName(report, task, Message.INVALID_NAME, task.taskName(), task.displayName(), why));
        List<TaskMethod> sameName = TaskNameRules.collisions(siblings, TaskMethod::taskName)
                .getOrDefault(task.taskName(), List.of());
        if (!sameName.isEmpty()) {
            String others = sameName.stream().filter(t -> t != task).map(TaskMethod::displayName)
                    .collect(Collectors.joining(", "));
            onName(report, task, Message.NAME_COLLISION, task.taskName(), task.displayName(), others,
                    task.entryClass().canonicalName());
        }
        for (TaskParameter p : task.parameters()) {
            WireTypeProblems.report(p.wire(), "parameter " + p.name() + " of " + task.displayName(),
                    p.element().asType().toString(), p.element(), report);
        }
        task.result().ifPresent(result -> WireTypeProblems.report(result, "the return type of " + task.displayName(),
                method.getReturnType().toString(), method, report));
        return report;
    }

    /** A problem with the name goes on {@code name = "..."} when the user wrote one. */
    private static void onName(Report report, TaskMethod task, Message message, Object... args) {
        if (task.name().isExplicit()) {
            report.error(task.element(), task.name().annotation(), task.name().explicitValue().get(), message, args);
        } else {
            report.error(task.element(), message, args);
        }
    }
}
