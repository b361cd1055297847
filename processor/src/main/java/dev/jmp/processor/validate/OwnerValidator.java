package dev.jmp.processor.validate;

import dev.jmp.processor.model.TaskOwner;
import java.util.Locale;
import javax.lang.model.element.TypeElement;

/** The rules for a class that declares tasks: generated code in another package must reach it. */
public final class OwnerValidator {

    public Report validate(TaskOwner owner) {
        Report report = new Report();
        for (TypeElement hidden : owner.notPublic()) {
            // A local class has no qualified name.
            CharSequence name = hidden.getQualifiedName().length() > 0 ? hidden.getQualifiedName() : hidden.getSimpleName();
            report.error(hidden, Message.CLASS_NOT_PUBLIC, hidden.getKind().toString().toLowerCase(Locale.ROOT) + " " + name,
                    owner.entryPackage(), owner.flatName());
        }
        if (owner.inUnnamedPackage()) {
            report.error(owner.element(), Message.UNNAMED_PACKAGE, "class " + owner.binaryName());
        }
        return report;
    }
}
