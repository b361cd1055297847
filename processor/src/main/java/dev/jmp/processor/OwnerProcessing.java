package dev.jmp.processor;

import dev.jmp.internal.TaskIndex;
import dev.jmp.processor.model.TaskGroup;
import dev.jmp.processor.model.TaskMethod;
import dev.jmp.processor.model.TaskOwner;
import dev.jmp.processor.model.WireType;
import dev.jmp.processor.parse.TaskParser;
import dev.jmp.processor.validate.GeneratedNames;
import dev.jmp.processor.validate.Message;
import dev.jmp.processor.validate.OwnerValidator;
import dev.jmp.processor.validate.Report;
import dev.jmp.processor.validate.TaskValidator;
import dev.jmp.processor.write.EntryGenerator;
import dev.jmp.processor.write.FactoryGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Parse, validate and write the tasks of one class. Every method goes through its own try block:
 * a method with problems is reported and generates nothing, the others still generate, and an
 * unexpected exception becomes an error on the element being processed.
 */
final class OwnerProcessing {

    /** What became of a class: generated (possibly nothing), or waiting for a later round. */
    record Outcome(boolean deferred, List<TaskIndex.Entry> generated) {
        static Outcome deferredToNextRound() {
            return new Outcome(true, List.of());
        }
    }

    private final TaskParser parser;
    private final OwnerValidator ownerValidator = new OwnerValidator();
    private final TaskValidator taskValidator = new TaskValidator();
    private final GeneratedNames names = new GeneratedNames();
    private final EntryGenerator entries = new EntryGenerator();
    private final FactoryGenerator factories = new FactoryGenerator();
    private final Messager messager;
    private final Filer filer;

    OwnerProcessing(ProcessingEnvironment env) {
        this.parser = new TaskParser(env.getElementUtils(), env.getTypeUtils());
        this.messager = env.getMessager();
        this.filer = env.getFiler();
    }

    Outcome process(TypeElement ownerElement, List<ExecutableElement> methods, boolean lastRound) {
        Report failures = new Report();
        TaskOwner owner;
        List<TaskMethod> tasks = new ArrayList<>();
        try {
            owner = parser.parseOwner(ownerElement);
        } catch (RuntimeException e) {
            internal(ownerElement, ownerElement.getQualifiedName(), e, failures).printTo(messager);
            return new Outcome(false, List.of());
        }
        for (ExecutableElement method : methods) {
            try {
                tasks.add(parser.parseMethod(method, owner));
            } catch (RuntimeException e) {
                internal(method, owner.flatName() + "." + method.getSimpleName(), e, failures);
            }
        }
        if (tasks.stream().anyMatch(OwnerProcessing::unresolved)) {
            if (!lastRound) {
                return Outcome.deferredToNextRound();
            }
            tasks.removeIf(OwnerProcessing::unresolved);
        }
        failures.printTo(messager);
        Report ownerReport = ownerValidator.validate(owner);
        ownerReport.printTo(messager);
        List<TaskMethod> valid = new ArrayList<>();
        for (TaskMethod task : tasks) {
            try {
                Report report = taskValidator.validate(task, tasks);
                if (report.isClean() && ownerReport.isClean()) {
                    report.addAll(names.claimEntry(task));
                }
                report.printTo(messager);
                if (report.isClean() && ownerReport.isClean()) {
                    valid.add(task);
                }
            } catch (RuntimeException e) {
                internal(task.element(), task.displayName(), e, new Report()).printTo(messager);
            }
        }
        return new Outcome(false, write(owner, valid));
    }

    private List<TaskIndex.Entry> write(TaskOwner owner, List<TaskMethod> valid) {
        if (valid.isEmpty()) {
            return List.of();
        }
        Report factoryReport = names.claimFactory(owner);
        factoryReport.printTo(messager);
        if (!factoryReport.isClean()) {
            return List.of();
        }
        List<TaskMethod> written = new ArrayList<>();
        for (TaskMethod task : valid) {
            try {
                entries.write(task, filer);
                written.add(task);
            } catch (IOException | RuntimeException e) {
                internal(task.element(), task.displayName(), e, new Report()).printTo(messager);
            }
        }
        if (written.isEmpty()) {
            return List.of();
        }
        try {
            factories.write(new TaskGroup(owner, written), filer);
        } catch (IOException | RuntimeException e) {
            internal(owner.element(), owner.className().canonicalName(), e, new Report()).printTo(messager);
            return List.of();
        }
        return written.stream().map(TaskMethod::indexEntry).toList();
    }

    private static boolean unresolved(TaskMethod task) {
        return task.parameters().stream().map(p -> p.wire()).flatMap(WireType::flatten)
                .anyMatch(OwnerProcessing::isUnresolved)
                || task.result().stream().flatMap(WireType::flatten).anyMatch(OwnerProcessing::isUnresolved);
    }

    private static boolean isUnresolved(WireType type) {
        return type instanceof WireType.Unsupported u && u.why() == WireType.Why.UNRESOLVED;
    }

    private static Report internal(Element element, CharSequence name, Exception e, Report report) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length == 0 ? "" : " at " + trace[0];
        return report.error(element, Message.INTERNAL, name, e + where);
    }
}
