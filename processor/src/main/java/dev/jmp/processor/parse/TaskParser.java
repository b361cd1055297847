package dev.jmp.processor.parse;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.jmp.ProcessTask;
import dev.jmp.processor.model.TaskMethod;
import dev.jmp.processor.model.TaskName;
import dev.jmp.processor.model.TaskOwner;
import dev.jmp.processor.model.TaskParameter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads a class that declares tasks, and each of its {@code @ProcessTask} methods, into the model. */
public final class TaskParser {

    private static final String PROCESS_TASK = ProcessTask.class.getCanonicalName();

    private final Elements elements;
    private final Signatures signatures;

    public TaskParser(Elements elements, Types types) {
        this.elements = elements;
        this.signatures = new Signatures(elements, types);
    }

    public TaskOwner parseOwner(TypeElement owner) {
        return new TaskOwner(
                owner,
                elements.getBinaryName(owner).toString(),
                ClassName.get(owner),
                Visibility.notPublic(owner),
                Visibility.inUnnamedPackage(owner));
    }

    public TaskMethod parseMethod(ExecutableElement method, TaskOwner owner) {
        List<TaskParameter> parameters = signatures.parameters(method);
        return new TaskMethod(
                method,
                owner,
                method.getSimpleName().toString(),
                taskName(method),
                Signatures.display(method, parameters),
                method.getModifiers().contains(Modifier.STATIC),
                method.getModifiers().contains(Modifier.PUBLIC),
                Signatures.typeVariables(method),
                parameters,
                TypeName.get(method.getReturnType()),
                signatures.result(method),
                Signatures.thrown(method),
                method.isVarArgs());
    }

    private static TaskName taskName(ExecutableElement method) {
        AnnotationMirror annotation = method.getAnnotationMirrors().stream()
                .filter(m -> ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(PROCESS_TASK))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no @ProcessTask on " + method));
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value : annotation.getElementValues().entrySet()) {
            // An empty name means "the default", as the annotation's own default does.
            if (value.getKey().getSimpleName().contentEquals("name") && !value.getValue().getValue().toString().isEmpty()) {
                return new TaskName(value.getValue().getValue().toString(), annotation, Optional.of(value.getValue()));
            }
        }
        return new TaskName(method.getSimpleName().toString(), annotation, Optional.empty());
    }
}
