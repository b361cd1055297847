package dev.jmp.processor.write;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.util.ElementFilter;

/**
 * Whether generated code may carry {@code @javax.annotation.processing.Generated}: that annotation
 * lives in the module {@code java.compiler}, which the class path (the unnamed module) reads, but
 * a named module only when it requires it, itself or through a {@code requires transitive}
 * (as {@code java.se} does). Generated code inside a module that does not read it goes without
 * the annotation rather than fail to compile.
 */
final class GeneratedAnnotation {

    private static final String MODULE = "java.compiler";

    private GeneratedAnnotation() {}

    /** Whether code generated from {@code origin} may use {@code @Generated}. */
    static boolean visibleFrom(Element origin) {
        Element element = origin;
        while (element != null && element.getKind() != ElementKind.MODULE) {
            element = element.getEnclosingElement();
        }
        if (!(element instanceof ModuleElement module) || module.isUnnamed()) {
            return true;
        }
        return reads(module, false, new HashSet<>());
    }

    /** Whether {@code module} reads java.compiler; only through transitive requires when {@code transitiveOnly}. */
    private static boolean reads(ModuleElement module, boolean transitiveOnly, Set<String> seen) {
        if (!seen.add(module.getQualifiedName() + "/" + transitiveOnly)) {
            return false;
        }
        for (ModuleElement.RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
            if (transitiveOnly && !requires.isTransitive()) {
                continue;
            }
            ModuleElement dependency = requires.getDependency();
            if (dependency.getQualifiedName().contentEquals(MODULE) || reads(dependency, true, seen)) {
                return true;
            }
        }
        return false;
    }
}
