package dev.jmp.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.jmp.processor.model.SharedClass;
import java.util.List;

/** The runtime types the generated proxies and dispatchers call. */
final class SharedCalls {

    static final ClassName SHARED_PROXY = ClassName.get("dev.jmp.manager", "SharedProxy");
    static final ClassName BASE_MANAGER = ClassName.get("dev.jmp.manager", "BaseManager");
    static final ClassName PROXY_CORE = ClassName.get("dev.jmp.manager.core", "ProxyCore");
    static final ClassName SHARED_DISPATCHER = ClassName.get("dev.jmp.internal", "SharedDispatcher");

    private SharedCalls() {}

    /** {@code Counter#increment(int)}: a Javadoc reference to a member of the shared class. */
    static CodeBlock link(SharedClass shared, String member, List<TypeName> erasedParameters) {
        CodeBlock parameters = erasedParameters.stream().map(t -> CodeBlock.of("$T", t)).collect(CodeBlock.joining(", "));
        return CodeBlock.of("$T#$N($L)", shared.className(), member, parameters);
    }

    /** The signature hash as a literal. */
    static CodeBlock signature(SharedClass shared) {
        return CodeBlock.of("0x$LL", Long.toHexString(shared.signature()));
    }

    /** The raw classes of declared exceptions, as literals for {@code invoke(call, X.class)}. */
    static CodeBlock classLiterals(List<TypeName> types) {
        return types.stream().map(t -> CodeBlock.of(", $T.class", t)).collect(CodeBlock.joining(""));
    }
}
