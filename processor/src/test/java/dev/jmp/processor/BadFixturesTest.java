package dev.jmp.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.jmp.processor.Fixtures.bad;
import static dev.jmp.processor.Fixtures.lineOf;

import com.google.testing.compile.Compilation;
import dev.jmp.processor.validate.Message;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per rule: each asserts the message code, the file and the line it is reported on. */
class BadFixturesTest {

    /** Compiles {@code files} and returns the sources the processor created, though the compilation fails. */
    private static Map<String, String> createdSources(JavaFileObject... files) {
        RecordingProcessor processor = new RecordingProcessor();
        Fixtures.compile(processor, files);
        return processor.sources();
    }

    private static void assertError(Compilation compilation, Message message, JavaFileObject file, String onLineWith) {
        assertThat(compilation).hadErrorContaining(message.tag()).inFile(file).onLine(lineOf(file, onLineWith));
    }

    @Test
    void notStatic() {
        JavaFileObject file = bad("NotStatic");
        Compilation compilation = Fixtures.compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, Message.NOT_STATIC, file, "public void greet(String name)");
        assertThat(compilation).hadErrorContaining("task method NotStatic.greet(String) is not static; make it static");
        assertThat(createdSources(file)).isEmpty();
    }

    @Test
    void methodNotPublic() {
        JavaFileObject file = bad("MethodNotPublic");
        Compilation compilation = Fixtures.compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, Message.METHOD_NOT_PUBLIC, file, "static void greet(String name)");
        assertThat(compilation).hadErrorContaining("generated worker entry in package com.example.jmp_generated");
    }

    @Test
    void enclosingClassNotPublic() {
        JavaFileObject file = bad("ClassNotPublic");
        Compilation compilation = Fixtures.compile(file);
        assertThat(compilation).hadErrorCount(2);
        assertError(compilation, Message.CLASS_NOT_PUBLIC, file, "static class Hidden {");
        assertThat(compilation).hadErrorContaining("class com.example.ClassNotPublic.Hidden is not public");
        assertError(compilation, Message.CLASS_NOT_PUBLIC, file, "class PackagePrivate {");
        assertThat(createdSources(file)).isEmpty();
    }

    @Test
    void unnamedPackage() {
        JavaFileObject file = bad("UnnamedPackage");
        Compilation compilation = Fixtures.compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, Message.UNNAMED_PACKAGE, file, "public class UnnamedPackage {");
    }

    @Test
    void genericMethod() {
        JavaFileObject file = bad("GenericMethod");
        Compilation compilation = Fixtures.compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, Message.GENERIC_METHOD, file, "public static <T> int size(");
        assertThat(compilation).hadErrorContaining("declares type variables T");
    }

    @Test
    void invalidNamesAreReportedOnTheNameValue() {
        JavaFileObject file = bad("InvalidName");
        Compilation compilation = Fixtures.compile(file);
        assertThat(compilation).hadErrorCount(3);
        assertError(compilation, Message.INVALID_NAME, file, "name = \"2fast\"");
        assertThat(compilation).hadErrorContaining("task name \"2fast\" of InvalidName.fast() is not a valid Java identifier");
        assertError(compilation, Message.INVALID_NAME, file, "name = \"class\"");
        assertThat(compilation).hadErrorContaining("is a Java keyword");
        assertThat(compilation).hadErrorContaining("[jmp.invalid-name] task name \"hashCode\" of InvalidName.hash()"
                + " would make the factory declare hashCode(), which java.lang.Object already declares");
    }

    @Test
    void overloadsAndEqualNamesCollide() {
        JavaFileObject file = bad("NameCollision");
        Compilation compilation = Fixtures.compile(file);
        assertThat(compilation).hadErrorCount(4);
        assertError(compilation, Message.NAME_COLLISION, file, "public static void greet(String name)");
        assertError(compilation, Message.NAME_COLLISION, file, "public static void greet(int times)");
        assertThat(compilation).hadErrorContaining("task \"greet\" of NameCollision.greet(int) collides with"
                + " NameCollision.greet(String): both would generate com.example.jmp_generated.NameCollision_greet_Entry");
        assertThat(compilation).hadErrorContaining("@ProcessTask(name = \"...\")");
        // An explicit name is reported on its value, the line above each method.
        assertThat(compilation).hadErrorContaining("task \"wave\" of NameCollision.waveOnce()")
                .inFile(file).onLine(lineOf(file, "public static void waveOnce()") - 1);
        assertThat(compilation).hadErrorContaining("task \"wave\" of NameCollision.waveTwice()")
                .inFile(file).onLine(lineOf(file, "public static void waveTwice()") - 1);
    }

    @Test
    void flattenedNamesCollideAcrossClasses() {
        JavaFileObject a = bad("clash/A");
        JavaFileObject ab = bad("clash/A_b");
        JavaFileObject aNested = bad("clash/A_Nested");
        Compilation compilation = Fixtures.compile(a, ab, aNested);
        assertThat(compilation).hadErrorCount(2);
        assertError(compilation, Message.NAME_COLLISION, ab, "public static void c()");
        assertThat(compilation).hadErrorContaining("collides with A.b_c(): both would generate com.example.clash.jmp_generated.A_b_c_Entry");
        assertError(compilation, Message.FACTORY_COLLISION, aNested, "public class A_Nested {");
        assertThat(compilation).hadErrorContaining("com.example.clash.A_NestedTasks, which com.example.clash.A.Nested gets too");
    }

    @Test
    void unsupportedTypesAreReportedOnTheParameterOrTheMethod() {
        JavaFileObject file = bad("UnsupportedType");
        Compilation compilation = Fixtures.compile(file);
        assertThat(compilation).hadErrorCount(3);
        assertError(compilation, Message.UNSUPPORTED_TYPE, file, "Object value) {");
        assertThat(compilation).hadErrorContaining("[jmp.unsupported-type] parameter value of UnsupportedType.store(String, Object):"
                + " java.lang.Object is not a type jmp can encode; use a primitive, String, java.time value,"
                + " BigDecimal, BigInteger, UUID, enum, record, array, List/Set/Map/Optional of those,"
                + " or annotate with @JavaSerialized");
        assertError(compilation, Message.UNSUPPORTED_TYPE, file, "public static Runnable find(String key)");
        assertThat(compilation).hadErrorContaining("the return type of UnsupportedType.find(String): java.lang.Runnable");
        assertError(compilation, Message.UNSUPPORTED_TYPE, file, "List<Thread> threads) {");
        assertThat(compilation).hadErrorContaining("java.lang.Thread (in java.util.List<java.lang.Thread>) is not a type jmp can encode");
    }

    @Test
    void aQueueOfElementsNoCodecEncodesIsReportedAtCompileTime() {
        JavaFileObject file = bad("ElementType");
        Compilation compilation = Fixtures.compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, Message.ELEMENT_TYPE, file, "Queue<Thread> threads) {");
        assertThat(compilation).hadErrorContaining("[jmp.element-type] parameter threads of ElementType.drain(Queue):"
                + " dev.jmp.queue.Queue<java.lang.Thread> carries elements of java.lang.Thread, which no built-in"
                + " codec encodes and which is not Serializable");
    }

    @Test
    void rawAndWildcardTypeArguments() {
        JavaFileObject file = bad("TypeArgument");
        Compilation compilation = Fixtures.compile(file);
        assertThat(compilation).hadErrorCount(2);
        assertError(compilation, Message.TYPE_ARGUMENT, file, "List values) {");
        assertThat(compilation).hadErrorContaining("java.util.List is a raw type");
        assertError(compilation, Message.TYPE_ARGUMENT, file, "Map<String, ? extends Number> values) {");
    }

    @Test
    void typeNotVisibleFromGeneratedCode() {
        JavaFileObject file = bad("TypeNotPublic");
        Compilation compilation = Fixtures.compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, Message.TYPE_NOT_PUBLIC, file, "Secret secret) {");
    }

    @Test
    void recordsThatContainThemselves() {
        JavaFileObject file = bad("RecursiveRecord");
        Compilation compilation = Fixtures.compile(file);
        assertThat(compilation).hadErrorCount(2);
        assertError(compilation, Message.RECURSIVE_RECORD, file, "Node list) {");
        assertThat(compilation).hadErrorContaining(
                "com.example.RecursiveRecord.Node -> com.example.RecursiveRecord.Node");
        assertError(compilation, Message.RECURSIVE_RECORD, file, "            Tree tree) {");
        assertThat(compilation).hadErrorContaining("com.example.RecursiveRecord.Tree -> com.example.RecursiveRecord.Branch"
                + " -> com.example.RecursiveRecord.Tree");
    }

    @Test
    void javaSerializedOnATypeThatIsNotSerializable() {
        JavaFileObject file = bad("NotSerializable");
        Compilation compilation = Fixtures.compile(file);
        assertThat(compilation).hadErrorCount(2);
        assertError(compilation, Message.NOT_SERIALIZABLE, file, "@JavaSerialized Runnable value) {");
        assertThat(compilation).hadErrorContaining("java.lang.Runnable is under @JavaSerialized"
                + " but does not implement java.io.Serializable");
        assertError(compilation, Message.NOT_SERIALIZABLE, file, "public static Thread current()");
    }

    @Test
    void everyProblemOfAMethodIsReported() {
        JavaFileObject file = bad("SeveralProblems");
        Compilation compilation = Fixtures.compile(file);
        assertThat(compilation).hadErrorCount(7);
        assertError(compilation, Message.NOT_STATIC, file, "<T> Object everything(");
        assertError(compilation, Message.METHOD_NOT_PUBLIC, file, "<T> Object everything(");
        assertError(compilation, Message.GENERIC_METHOD, file, "<T> Object everything(");
        assertError(compilation, Message.INVALID_NAME, file, "name = \"not valid\"");
        assertError(compilation, Message.UNSUPPORTED_TYPE, file, "T item,");
        assertError(compilation, Message.UNSUPPORTED_TYPE, file, "Object other) {");
        assertThat(compilation).hadErrorContaining("the return type of SeveralProblems.everything(Object, Object)");
        assertThat(createdSources(file)).isEmpty();
    }

    @Test
    void aBadMethodDoesNotStopAGoodOne() {
        JavaFileObject file = bad("OneBadOneGood");
        Compilation compilation = Fixtures.compile(file);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, Message.UNSUPPORTED_TYPE, file, "Object value) {");
        Map<String, String> created = createdSources(file);
        assertThat(created.keySet()).containsExactly(
                "com.example.jmp_generated.OneBadOneGood_good_Entry", "com.example.OneBadOneGoodTasks");
        String factory = created.get("com.example.OneBadOneGoodTasks");
        assertThat(factory).contains("public static Task<String> good(String name)");
        assertThat(factory).doesNotContain("bad(");
    }

    @Test
    void unresolvedTypesAreLeftToJavac() {
        Compilation compilation = Fixtures.compile(bad("MissingType"));
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("cannot find symbol");
        assertThat(createdSources(bad("MissingType"))).isEmpty();
    }
}
