package dev.jmp.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.Collections;

/**
 * {@code new T[n]} for any array type: {@code new int[n][]} for {@code int[][]}, and for an array
 * of a generic type, which Java cannot create directly, {@code (List<String>[]) new List<?>[n]}.
 */
final class ArrayCreation {

    private ArrayCreation() {}

    static CodeBlock of(TypeName arrayType, String length) {
        TypeName innermost = WireCalls.innermost(arrayType);
        int dimensions = 0;
        for (TypeName t = arrayType; t instanceof ArrayTypeName a; t = a.componentType()) {
            dimensions++;
        }
        String emptyDimensions = "[]".repeat(dimensions - 1);
        if (innermost instanceof ParameterizedTypeName generic) {
            TypeName[] wildcards = Collections.nCopies(generic.typeArguments().size(),
                    (TypeName) WildcardTypeName.subtypeOf(Object.class)).toArray(TypeName[]::new);
            return CodeBlock.of("($T) new $T[$N]$L", arrayType,
                    ParameterizedTypeName.get(generic.rawType(), wildcards), length, emptyDimensions);
        }
        return CodeBlock.of("new $T[$N]$L", innermost, length, emptyDimensions);
    }
}
