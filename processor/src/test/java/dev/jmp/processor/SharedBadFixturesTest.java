package dev.jmp.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jmp.processor.Fixtures.lineOf;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.jmp.processor.validate.Message;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per {@code @Shared} rule: the code, the file and the line each problem is reported on. */
class SharedBadFixturesTest {

    private static JavaFileObject bad(String name) {
        return JavaFileObjects.forResource("bad/shared/" + name + ".java");
    }

    private static void assertError(Compilation compilation, Message message, JavaFileObject file, String onLineWith) {
        assertThat(compilation).hadErrorContaining(message.tag()).inFile(file).onLine(lineOf(file, onLineWith));
    }

    private static Map<String, String> createdSources(JavaFileObject... files) {
        RecordingProcessor processor = new RecordingProcessor();
        Fixtures.compile(processor, files);
        return processor.sources();
    }

    @Test
    void everyProblemOfEveryMethodOnItsOwnLine() {
        JavaFileObject file = bad("BadMethods");
        Compilation compilation = Fixtures.compile(file);
        assertThat(compilation).hadErrorCount(6);
        assertError(compilation, Message.SHARED_METHOD_STATIC, file, "public static int everyone()");
        assertThat(compilation).hadErrorContaining("[jmp.shared-method-static] shared method BadMethods.everyone() is static");
        assertError(compilation, Message.SHARED_METHOD_NOT_PUBLIC, file, "int hidden()");
        assertThat(compilation).hadErrorContaining("generated dispatcher in package com.example.shared.jmp_generated");
        assertError(compilation, Message.GENERIC_METHOD, file, "public <T> T pick(");
        assertThat(compilation).hadErrorContaining("the return type of shared method BadMethods.pick(List): T is not a type");
        assertError(compilation, Message.UNSUPPORTED_TYPE, file, "Object value) {");
        assertThat(compilation).hadErrorContaining("parameter value of shared method BadMethods.store(String, Object):"
                + " java.lang.Object is not a type jmp can encode");
        assertError(compilation, Message.SHARED_RESERVED_NAME, file, "public String typeId()");
        assertThat(createdSources(file)).isEmpty();
    }

    @Test
    void aClassTheManagerCannotConstruct() {
        JavaFileObject file = bad("NotConstructible");
        Compilation compilation = Fixtures.compile(file);
        assertThat(compilation).hadErrorCount(4);
        assertError(compilation, Message.SHARED_NOT_CONSTRUCTIBLE, file, "public abstract static class Abstract {");
        assertThat(compilation).hadErrorContaining("class com.example.shared.NotConstructible$Abstract cannot be created"
                + " by a manager: it is abstract");
        assertError(compilation, Message.SHARED_NOT_CONSTRUCTIBLE, file, "public static class NoPublicConstructor {");
        assertThat(compilation).hadErrorContaining("it has no public constructor");
        assertError(compilation, Message.SHARED_NOT_CONSTRUCTIBLE, file, "public class Inner {");
        assertThat(compilation).hadErrorContaining("it is an inner class");
        assertError(compilation, Message.SHARED_NOT_CONSTRUCTIBLE, file, "public interface Api {");
    }

    @Test
    void aClassGeneratedCodeCannotReach() {
        JavaFileObject file = bad("HiddenShared");
        Compilation compilation = Fixtures.compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, Message.SHARED_CLASS_NOT_PUBLIC, file, "static class Hidden {");

        JavaFileObject unnamed = bad("SharedUnnamed");
        Compilation inUnnamed = Fixtures.compile(unnamed);
        assertThat(inUnnamed).hadErrorCount(1);
        assertError(inUnnamed, Message.SHARED_UNNAMED_PACKAGE, unnamed, "public class SharedUnnamed {");
    }

    @Test
    void aConstructorParameterThatCannotCross() {
        JavaFileObject file = bad("BadConstructor");
        Compilation compilation = Fixtures.compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, Message.UNSUPPORTED_TYPE, file, "public BadConstructor(String name, Thread owner)");
        assertThat(compilation).hadErrorContaining("parameter owner of constructor BadConstructor(String, Thread)");
    }

    @Test
    void aGenericClass() {
        JavaFileObject file = bad("GenericShared");
        Compilation compilation = Fixtures.compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, Message.SHARED_GENERIC_CLASS, file, "public class GenericShared<T> {");
    }

    @Test
    void twoClassesWhoseProxiesWouldMeet() {
        JavaFileObject outer = bad("clash/Outer");
        JavaFileObject flat = bad("clash/Outer_Counter");
        Compilation compilation = Fixtures.compile(outer, flat);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, Message.PROXY_COLLISION, flat, "public class Outer_Counter {");
        assertThat(compilation).hadErrorContaining("would get the proxy com.example.clash.Outer_CounterProxy,"
                + " which com.example.clash.Outer.Counter gets too");
    }
}
