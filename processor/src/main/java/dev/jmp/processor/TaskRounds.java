package dev.jmp.processor;

import dev.jmp.ProcessTask;
import dev.jmp.internal.TaskIndex;
import dev.jmp.internal.TaskNames;
import dev.jmp.processor.validate.Message;
import dev.jmp.processor.write.IndexWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * What lasts across rounds: classes waiting for types another processor has yet to generate,
 * and the tasks generated so far, written to the index once processing is over.
 */
final class TaskRounds {

    private final ProcessingEnvironment env;
    private final OwnerProcessing owners;
    private final Set<String> deferred = new LinkedHashSet<>();
    private final List<TaskIndex.Entry> index = new ArrayList<>();
    private final Set<TypeElement> indexOrigins = new LinkedHashSet<>();
    /** Binary names of every class this compilation compiled, nested ones included. */
    private final Set<String> compiled = new LinkedHashSet<>();

    TaskRounds(ProcessingEnvironment env) {
        this.env = env;
        this.owners = new OwnerProcessing(env);
    }

    void process(RoundEnvironment round) {
        for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
            addCompiled(type);
        }
        Map<TypeElement, List<ExecutableElement>> byOwner = new LinkedHashMap<>();
        for (String name : deferred) {
            TypeElement owner = env.getElementUtils().getTypeElement(name);
            if (owner != null) {
                byOwner.put(owner, annotatedMethods(owner));
            }
        }
        deferred.clear();
        for (Element element : round.getElementsAnnotatedWith(ProcessTask.class)) {
            if (element.getKind() == ElementKind.METHOD) {
                List<ExecutableElement> methods =
                        byOwner.computeIfAbsent((TypeElement) element.getEnclosingElement(), o -> new ArrayList<>());
                if (!methods.contains(element)) {
                    methods.add((ExecutableElement) element);
                }
            }
        }
        byOwner.forEach((owner, methods) -> {
            OwnerProcessing.Outcome outcome = owners.process(owner, methods, round.processingOver());
            if (outcome.deferred()) {
                deferred.add(owner.getQualifiedName().toString());
            } else if (!outcome.generated().isEmpty()) {
                index.addAll(outcome.generated());
                indexOrigins.add(owner);
            }
        });
        if (round.processingOver() && !index.isEmpty()) {
            writeIndex();
        }
    }

    private void addCompiled(TypeElement type) {
        compiled.add(env.getElementUtils().getBinaryName(type).toString());
        for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
            addCompiled(nested);
        }
    }

    /** Whether the class with this binary name is on the class path or among the sources. */
    private boolean exists(String binaryName) {
        return env.getElementUtils().getTypeElement(binaryName.replace('$', '.')) != null;
    }

    private static List<ExecutableElement> annotatedMethods(TypeElement owner) {
        return ElementFilter.methodsIn(owner.getEnclosedElements()).stream()
                .filter(m -> m.getAnnotation(ProcessTask.class) != null)
                .toList();
    }

    private void writeIndex() {
        try {
            new IndexWriter().write(index, List.copyOf(indexOrigins), compiled, this::exists, env.getFiler());
        } catch (IOException | RuntimeException e) {
            env.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    Message.INTERNAL.format(TaskNames.INDEX_RESOURCE, e));
        }
    }
}
