package dev.jmp.processor.validate;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** What validation found, each problem tied to the most specific element it concerns. */
public final class Report {

    /**
     * One problem.
     *
     * @param message what rule was broken
     * @param text the formatted message
     * @param element where the problem is
     * @param annotation narrows {@code element} to one of its annotations, or null
     * @param value narrows {@code annotation} to one of its values, or null
     */
    public record Problem(Message message, String text, Element element, AnnotationMirror annotation, AnnotationValue value) {}

    private final List<Problem> problems = new ArrayList<>();

    /** Adds a problem on {@code element}. */
    public Report error(Element element, Message message, Object... args) {
        return error(element, null, null, message, args);
    }

    /** Adds a problem on one value of one annotation of {@code element}. */
    public Report error(Element element, AnnotationMirror annotation, AnnotationValue value, Message message, Object... args) {
        problems.add(new Problem(message, message.format(args), element, annotation, value));
        return this;
    }

    /** Adds every problem of {@code other}. */
    public Report addAll(Report other) {
        problems.addAll(other.problems);
        return this;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /** Prints every problem as an error. */
    public void printTo(Messager messager) {
        for (Problem p : problems) {
            if (p.annotation() == null) {
                messager.printMessage(Diagnostic.Kind.ERROR, p.text(), p.element());
            } else {
                messager.printMessage(Diagnostic.Kind.ERROR, p.text(), p.element(), p.annotation(), p.value());
            }
        }
    }
}
