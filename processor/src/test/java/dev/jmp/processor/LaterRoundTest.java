package dev.jmp.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** A task whose types another processor generates is checked once they exist, in a later round. */
class LaterRoundTest {

    /** Generates {@code com.example.Later} in the first round, as a value-class processor would. */
    static final class GeneratesLater extends AbstractProcessor {

        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer writer = processingEnv.getFiler().createSourceFile("com.example.Later").openWriter()) {
                    writer.write("package com.example;\n\npublic record Later(int n) {}\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    @Test
    void aTypeGeneratedInALaterRoundIsWaitedFor() throws Throwable {
        Compilation compilation = Compiler.javac()
                .withProcessors(new JmpProcessor(), new GeneratesLater())
                .withOptions("-Xlint:all,-processing")
                .compile(JavaFileObjects.forResource("good/deferred/UsesLater.java"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.jmp_generated.UsesLater_total_Entry");
        CompiledClasses loader = new CompiledClasses(compilation);
        Class<?> later = loader.loadClass("com.example.Later");
        List<Object> values = List.of(later.getConstructor(int.class).newInstance(2), later.getConstructor(int.class).newInstance(3));
        Object entry = loader.loadClass("com.example.jmp_generated.UsesLater_total_Entry").getConstructor().newInstance();
        byte[] arguments = (byte[]) entry.getClass().getMethod("encodeArguments", List.class).invoke(null, values);
        byte[] result = (byte[]) entry.getClass().getMethod("invoke", byte[].class).invoke(entry, arguments);
        assertThat(entry.getClass().getMethod("decodeResult", byte[].class).invoke(entry, result)).isEqualTo(5);
    }
}
