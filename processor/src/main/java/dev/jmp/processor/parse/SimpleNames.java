package dev.jmp.processor.parse;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/** Short type names for messages: {@code greet(String, int[])} rather than {@code greet(java.lang.String, int[])}. */
final class SimpleNames {

    private SimpleNames() {}

    static String of(TypeName erasure) {
        if (erasure instanceof ArrayTypeName array) {
            return of(array.componentType()) + "[]";
        }
        if (erasure instanceof ClassName className) {
            return String.join(".", className.simpleNames());
        }
        return erasure.toString();
    }
}
