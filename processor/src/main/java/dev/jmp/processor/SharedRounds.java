package dev.jmp.processor;

import dev.jmp.manager.Shared;
import dev.jmp.processor.model.SharedClass;
import dev.jmp.processor.model.WireType;
import dev.jmp.processor.parse.SharedParser;
import dev.jmp.processor.validate.Message;
import dev.jmp.processor.validate.Report;
import dev.jmp.processor.validate.SharedNames;
import dev.jmp.processor.validate.SharedValidator;
import dev.jmp.processor.write.DispatcherGenerator;
import dev.jmp.processor.write.ProxyGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * {@code @Shared}: per class, parse, validate and write the proxy and the dispatcher. A class
 * whose types another processor has yet to generate waits for a later round; a class with
 * problems is reported and generates nothing; an unexpected exception becomes an error on the
 * class, and the other classes still generate.
 */
final class SharedRounds {

    private final ProcessingEnvironment env;
    private final SharedParser parser;
    private final SharedValidator validator = new SharedValidator();
    private final SharedNames names = new SharedNames();
    private final ProxyGenerator proxies = new ProxyGenerator();
    private final DispatcherGenerator dispatchers = new DispatcherGenerator();
    private final Set<String> deferred = new LinkedHashSet<>();

    SharedRounds(ProcessingEnvironment env) {
        this.env = env;
        this.parser = new SharedParser(env.getElementUtils(), env.getTypeUtils());
    }

    void process(RoundEnvironment round) {
        Map<TypeElement, List<ExecutableElement>> byClass = new LinkedHashMap<>();
        for (String name : deferred) {
            TypeElement type = env.getElementUtils().getTypeElement(name);
            if (type != null) {
                byClass.put(type, sharedMethods(type));
            }
        }
        deferred.clear();
        for (Element element : round.getElementsAnnotatedWith(Shared.class)) {
            if (element.getKind() == ElementKind.METHOD) {
                List<ExecutableElement> methods =
                        byClass.computeIfAbsent((TypeElement) element.getEnclosingElement(), t -> new ArrayList<>());
                if (!methods.contains(element)) {
                    methods.add((ExecutableElement) element);
                }
            }
        }
        byClass.forEach((type, methods) -> {
            try {
                SharedClass shared = parser.parse(type, methods);
                if (unresolved(shared) && !round.processingOver()) {
                    deferred.add(type.getQualifiedName().toString());
                } else if (!unresolved(shared)) {
                    write(shared);
                }
            } catch (IOException | RuntimeException e) {
                StackTraceElement[] trace = e.getStackTrace();
                new Report().error(type, Message.INTERNAL, type.getQualifiedName(),
                        e + (trace.length == 0 ? "" : " at " + trace[0])).printTo(env.getMessager());
            }
        });
    }

    private void write(SharedClass shared) throws IOException {
        Report report = validator.validate(shared);
        if (report.isClean()) {
            report.addAll(names.claim(shared));
        }
        report.printTo(env.getMessager());
        if (report.isClean()) {
            proxies.write(shared, env.getFiler());
            dispatchers.write(shared, env.getFiler());
        }
    }

    private static List<ExecutableElement> sharedMethods(TypeElement type) {
        return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                .filter(m -> m.getAnnotation(Shared.class) != null)
                .toList();
    }

    private static boolean unresolved(SharedClass shared) {
        return Stream.concat(
                        Stream.concat(shared.constructors().stream().flatMap(c -> c.parameters().stream()),
                                shared.methods().stream().flatMap(m -> m.parameters().stream())).map(p -> p.wire()),
                        shared.methods().stream().flatMap(m -> m.result().stream()))
                .flatMap(WireType::flatten)
                .anyMatch(t -> t instanceof WireType.Unsupported u && u.why() == WireType.Why.UNRESOLVED);
    }
}
