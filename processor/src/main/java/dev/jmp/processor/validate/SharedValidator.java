package dev.jmp.processor.validate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.jmp.processor.model.SharedClass;
import dev.jmp.processor.model.SharedConstructor;
import dev.jmp.processor.model.SharedMethod;
import dev.jmp.processor.model.TaskParameter;
import dev.jmp.processor.parse.SharedParser;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * The rules for a class with {@code @Shared} methods: the generated proxy and dispatcher must
 * reach it, a manager must be able to construct it, and every shared method must be a public
 * instance method whose parameters and result can cross a process boundary. Every broken rule
 * is reported, each on the most specific element.
 */
public final class SharedValidator {

    /** What every proxy already has, by name, with the erased parameter types of each. */
    private static final Map<String, List<TypeName>> RESERVED = Map.of(
            "typeId", List.of(), "managerAddress", List.of(), "newCall", List.of(TypeName.INT),
            "hashCode", List.of(), "equals", List.of(ClassName.OBJECT), "getClass", List.of(),
            "notify", List.of(), "notifyAll", List.of(), "wait", List.of());

    public Report validate(SharedClass shared) {
        Report report = new Report();
        for (TypeElement hidden : shared.notPublic()) {
            CharSequence name = hidden.getQualifiedName().length() > 0 ? hidden.getQualifiedName() : hidden.getSimpleName();
            report.error(hidden, Message.SHARED_CLASS_NOT_PUBLIC,
                    hidden.getKind().toString().toLowerCase(Locale.ROOT) + " " + name, shared.flatName());
        }
        if (shared.inUnnamedPackage()) {
            report.error(shared.element(), Message.SHARED_UNNAMED_PACKAGE, "class " + shared.binaryName());
        }
        shared.notConstructible().ifPresent(why ->
                report.error(shared.element(), Message.SHARED_NOT_CONSTRUCTIBLE, "class " + shared.binaryName(), why));
        if (!shared.typeVariables().isEmpty()) {
            report.error(shared.element(), Message.SHARED_GENERIC_CLASS, "class " + shared.binaryName(),
                    String.join(", ", shared.typeVariables()));
        }
        for (SharedConstructor constructor : shared.constructors()) {
            String subject = "constructor " + SharedParser.describe(shared, constructor);
            parameters(constructor.parameters(), subject, report);
        }
        for (SharedMethod method : shared.methods()) {
            method(shared, method, report);
        }
        return report;
    }

    private static void method(SharedClass shared, SharedMethod method, Report report) {
        String subject = "shared method " + shared.flatName() + "." + method.signature();
        if (method.isStatic()) {
            report.error(method.element(), Message.SHARED_METHOD_STATIC, subject);
        }
        if (!method.isPublic()) {
            report.error(method.element(), Message.SHARED_METHOD_NOT_PUBLIC, subject, shared.dispatcherClass().packageName());
        }
        if (!method.typeVariables().isEmpty()) {
            report.error(method.element(), Message.GENERIC_METHOD, subject, String.join(", ", method.typeVariables()));
        }
        List<TypeName> erased = method.parameters().stream().map(TaskParameter::erasure).toList();
        List<TypeName> reserved = RESERVED.get(method.methodName());
        if (reserved != null && reserved.equals(erased) || method.methodName().equals("wait") && !erased.isEmpty()
                && erased.get(0).equals(TypeName.LONG)) {
            report.error(method.element(), Message.SHARED_RESERVED_NAME, subject, method.methodName() + "("
                    + String.join(", ", erased.stream().map(TypeName::toString).toList()) + ")");
        }
        parameters(method.parameters(), subject, report);
        method.result().ifPresent(result -> WireTypeProblems.report(result, "the return type of " + subject,
                method.element().getReturnType().toString(), method.element(), report));
    }

    private static void parameters(List<TaskParameter> parameters, String subject, Report report) {
        for (TaskParameter p : parameters) {
            WireTypeProblems.report(p.wire(), "parameter " + p.name() + " of " + subject,
                    p.element().asType().toString(), p.element(), report);
        }
    }
}
