package dev.jmp.processor.validate;

import dev.jmp.processor.model.WireType;
import dev.jmp.processor.model.WireType.Unsupported;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.Element;

/** Reports every part of a wire type that cannot cross, each once. */
final class WireTypeProblems {

    private WireTypeProblems() {}

    /**
     * @param subject what has the type: {@code parameter name of Greeter.greet(String)}
     * @param declared the declared type as the user wrote it, to locate nested problems
     */
    static void report(WireType type, String subject, String declared, Element element, Report report) {
        Set<String> seen = new LinkedHashSet<>();
        type.flatten()
                .filter(t -> t instanceof Unsupported)
                .map(t -> (Unsupported) t)
                .forEach(u -> {
                    String where = u.display().equals(declared) ? u.display() : u.display() + " (in " + declared + ")";
                    if (seen.add(u.why() + where)) {
                        add(u, subject, where, element, report);
                    }
                });
    }

    private static void add(Unsupported u, String subject, String where, Element element, Report report) {
        switch (u.why()) {
            case NO_CODEC -> report.error(element, Message.UNSUPPORTED_TYPE, subject, where,
                    u.detail().isEmpty() ? "" : " (" + u.detail() + ")");
            case TYPE_ARGUMENT -> report.error(element, Message.TYPE_ARGUMENT, subject, where, u.detail());
            case NOT_PUBLIC -> report.error(element, Message.TYPE_NOT_PUBLIC, subject, where);
            case RECURSIVE -> report.error(element, Message.RECURSIVE_RECORD, subject, where, u.detail());
            case NOT_SERIALIZABLE -> report.error(element, Message.NOT_SERIALIZABLE, subject, where);
            case ELEMENT_TYPE -> report.error(element, Message.ELEMENT_TYPE, subject, where, u.detail());
            case UNRESOLVED -> {
                // javac reports a type that never appears; a later round may still generate it.
            }
        }
    }
}
