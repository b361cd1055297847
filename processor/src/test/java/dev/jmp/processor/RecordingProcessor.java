package dev.jmp.processor;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * Runs {@link JmpProcessor} and keeps a copy of every source it writes. compile-testing hides
 * generated files when a compilation fails, but a failing compilation must still generate the
 * tasks that are fine.
 */
final class RecordingProcessor implements Processor {

    private final Processor delegate = new JmpProcessor();
    private final Map<String, StringWriter> sources = new LinkedHashMap<>();

    /** The text of each source written so far, by type name. */
    Map<String, String> sources() {
        Map<String, String> texts = new LinkedHashMap<>();
        sources.forEach((name, text) -> texts.put(name, text.toString()));
        return texts;
    }

    @Override
    public void init(ProcessingEnvironment env) {
        Filer filer = env.getFiler();
        Filer recording = proxy(Filer.class, (method, args) -> {
            Object result = call(filer, method, args);
            if (method.getName().equals("createSourceFile")) {
                StringWriter copy = new StringWriter();
                sources.put(args[0].toString(), copy);
                return copying((JavaFileObject) result, copy);
            }
            return result;
        });
        delegate.init(proxy(ProcessingEnvironment.class,
                (method, args) -> method.getName().equals("getFiler") ? recording : call(env, method, args)));
    }

    /** {@code file}, except that what is written to it is also written to {@code copy}. */
    private static JavaFileObject copying(JavaFileObject file, StringWriter copy) {
        return proxy(JavaFileObject.class, (method, args) -> {
            Object result = call(file, method, args);
            if (!method.getName().equals("openWriter")) {
                return result;
            }
            return new FilterWriter((Writer) result) {
                @Override
                public void write(int c) throws IOException {
                    super.write(c);
                    copy.write(c);
                }

                @Override
                public void write(char[] chars, int offset, int length) throws IOException {
                    super.write(chars, offset, length);
                    copy.write(chars, offset, length);
                }

                @Override
                public void write(String text, int offset, int length) throws IOException {
                    super.write(text, offset, length);
                    copy.write(text, offset, length);
                }
            };
        });
    }

    private interface Handler {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(
                type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> handler.handle(method, args)));
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Set<String> getSupportedOptions() {
        return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return delegate.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(
            Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
        return delegate.getCompletions(element, annotation, member, userText);
    }
}
