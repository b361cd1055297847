package dev.jmp.processor.parse;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Whether generated code in another package can name a type. Worker entries live in the
 * {@code jmp_generated} sub-package, so every type they mention must be public, nested only in
 * public types, and in a named package.
 */
final class Visibility {

    private Visibility() {}

    /** The type and its enclosing types that are not public, innermost first. */
    static List<TypeElement> notPublic(TypeElement type) {
        List<TypeElement> hidden = new ArrayList<>();
        for (Element e = type; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            // A local or anonymous class is never public, so it is listed here as well.
            if (e instanceof TypeElement t && !t.getModifiers().contains(Modifier.PUBLIC)) {
                hidden.add(t);
            }
        }
        return hidden;
    }

    static boolean inUnnamedPackage(TypeElement type) {
        Element e = type;
        while (!(e instanceof PackageElement)) {
            e = e.getEnclosingElement();
        }
        return ((PackageElement) e).isUnnamed();
    }

    static boolean visible(TypeElement type) {
        return notPublic(type).isEmpty() && !inUnnamedPackage(type);
    }

    /** The first type mentioned in {@code type} (arguments and bounds too) that is not visible. */
    static TypeElement firstHidden(TypeMirror type) {
        if (type instanceof ArrayType array) {
            return firstHidden(array.getComponentType());
        }
        if (type instanceof WildcardType wildcard) {
            TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
            return bound == null ? null : firstHidden(bound);
        }
        if (type instanceof DeclaredType declared) {
            TypeElement element = (TypeElement) declared.asElement();
            if (!visible(element)) {
                return element;
            }
            for (TypeMirror argument : declared.getTypeArguments()) {
                TypeElement hidden = firstHidden(argument);
                if (hidden != null) {
                    return hidden;
                }
            }
        }
        return null;
    }
}
