package dev.jmp.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jmp.internal.TaskIndex;
import dev.jmp.internal.TaskNames;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the generated factories, entries and index look like from the outside, and how they fail. */
class GeneratedCodeTest {

    private static LoadedFixtures fixtures;

    @BeforeAll
    static void compile() {
        fixtures = LoadedFixtures.compileGood();
    }

    @Test
    void goodFixturesCompileWithoutAnyLintWarning() {
        CompilationSubject.assertThat(fixtures.compilation).succeededWithoutWarnings();
    }

    @Test
    void everyGeneratedSourceIsMarkedGenerated() {
        List<JavaFileObject> sources = fixtures.compilation.generatedSourceFiles();
        assertThat(sources).isNotEmpty();
        for (JavaFileObject source : sources) {
            assertThat(Fixtures.content(source)).contains("@Generated(\"dev.jmp.processor.JmpProcessor\")");
        }
    }

    @Test
    void indexListsEveryTaskOnce() throws Exception {
        String text = Fixtures.content(
                fixtures.compilation.generatedFile(StandardLocation.CLASS_OUTPUT, TaskNames.INDEX_RESOURCE).orElseThrow());
        TaskIndex index = TaskIndex.read(new StringReader(text));
        assertThat(index.entries()).contains(new TaskIndex.Entry(
                "com.example.Greeter", "greet", "com.example.jmp_generated.Greeter_greet_Entry"));
        assertThat(index.entries()).contains(new TaskIndex.Entry(
                "com.example.Outer$Inner", "hello", "com.example.jmp_generated.Outer_Inner_hello_Entry"));
        assertThat(index.find("Shapes.sumInts")).hasSize(1);
        assertThat(index.find("Outer$Inner.hello")).hasSize(1);
        // Greeter 2, Outer.Inner 1, Tools 1, Counters 4, Billing 5, and every task of Shapes.
        long shapes = Arrays.stream(fixtures.load("com.example.Shapes").getMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass().getSimpleName().equals("Shapes"))
                .count();
        assertThat(index.entries()).hasSize((int) (2 + 1 + 1 + 4 + 5 + shapes));
        for (TaskIndex.Entry entry : index.entries()) {
            fixtures.load(entry.entryClass());
        }
        assertThat(text).isEqualTo(index.write());
    }

    @Test
    void factoryReturnsATaskWithTheEntryNameEncodedArgumentsDescriptionAndDecoder() throws Throwable {
        Object point = fixtures.record("Point", 7, 8);
        Object task = fixtures.callStatic("com.example.ShapesTasks", "point", point);
        assertThat(task.getClass().getMethod("description").invoke(task)).isEqualTo("Shapes.point");
        Class<?> tasks = fixtures.load("dev.jmp.internal.task.Tasks");
        Object call = tasks.getMethod("call", task.getClass()).invoke(null, task);
        assertThat(call.getClass().getMethod("entryClass").invoke(call))
                .isEqualTo("com.example.jmp_generated.Shapes_point_Entry");
        byte[] arguments = (byte[]) call.getClass().getMethod("arguments").invoke(call);
        assertThat(arguments).isEqualTo(fixtures.encode("Shapes_point_Entry", point));
        // The task decodes what its entry returns without loading anything by name.
        byte[] result = fixtures.invoke(fixtures.entry("Shapes_point_Entry"), arguments);
        assertThat(tasks.getMethod("decode", task.getClass(), byte[].class).invoke(null, task, result)).isEqualTo(point);
    }

    @Test
    void factoryClassShape() throws Exception {
        Class<?> factory = fixtures.load("com.example.GreeterTasks");
        assertThat(Modifier.isPublic(factory.getModifiers()) && Modifier.isFinal(factory.getModifiers())).isTrue();
        assertThat(Modifier.isPrivate(factory.getDeclaredConstructor().getModifiers())).isTrue();
        assertThat(factory.getMethod("greet", String.class).getGenericReturnType().getTypeName())
                .isEqualTo("dev.jmp.Task<java.lang.Void>");
        assertThat(factory.getMethod("square", int.class).getGenericReturnType().getTypeName())
                .isEqualTo("dev.jmp.Task<java.lang.Integer>");
        assertThat(fixtures.load("com.example.ShapesTasks").getMethod("count", String[].class).isVarArgs()).isTrue();
    }

    @Test
    void aValueThatCannotBeEncodedFailsAtTheFactoryCall() {
        ArrayList<Object> bag = new ArrayList<>(List.of(new Object()));
        Throwable thrown = assertThrows(Throwable.class, () -> fixtures.callStatic("com.example.ShapesTasks", "bag", bag));
        assertThat(thrown.getClass().getName()).isEqualTo("dev.jmp.internal.WireFormatException");
        assertThat(thrown).hasMessageThat().contains("[jmp.codec.not-serializable]");
    }

    @Test
    void serializedValuesOutsideTheAllowListAreRefused() throws Throwable {
        Object money = fixtures.money(1, "USD");
        Object entry = fixtures.entry("Shapes_anything_Entry");
        byte[] arguments = fixtures.encode("Shapes_anything_Entry", money);
        Throwable thrown = assertThrows(Throwable.class, () -> fixtures.invoke(entry, arguments));
        assertThat(thrown).hasMessageThat().contains("[jmp.codec.filtered]");
    }

    @Test
    void taskExceptionsPropagateUnchanged() throws Throwable {
        Object entry = fixtures.entry("Shapes_fail_Entry");
        byte[] arguments = fixtures.encode("Shapes_fail_Entry", "boom");
        java.io.IOException thrown = assertThrows(java.io.IOException.class, () -> fixtures.invoke(entry, arguments));
        assertThat(thrown).hasMessageThat().isEqualTo("boom");
    }

    @Test
    void theTaskKnowsTheExceptionsItsMethodDeclaresSoTheyArriveAsThemselves() throws Throwable {
        Object task = fixtures.callStatic("com.example.ShapesTasks", "fail", "boom");
        Class<?> tasks = fixtures.load("dev.jmp.internal.task.Tasks");
        assertThat((List<?>) tasks.getMethod("declaredExceptions", task.getClass()).invoke(null, task))
                .containsExactly(java.io.IOException.class);
        Object point = fixtures.callStatic("com.example.ShapesTasks", "point", fixtures.record("Point", 1, 2));
        assertThat((List<?>) tasks.getMethod("declaredExceptions", point.getClass()).invoke(null, point)).isEmpty();
    }

    @Test
    void corruptInputIsAWireFormatException() throws Throwable {
        byte[] square = fixtures.encode("Greeter_square_Entry", 3);
        assertWireFormat("Greeter_square_Entry", Arrays.copyOf(square, 2), "truncated");
        assertWireFormat("Greeter_square_Entry", Arrays.copyOf(square, square.length + 1), "unread bytes");
        byte[] hugeArray = {1, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        assertWireFormat("Shapes_ints_Entry", hugeArray, "exceeds the bytes that remain");
        assertWireFormat("Shapes_list_Entry", hugeArray, "truncated");
        assertWireFormat("Greeter_square_Entry", new byte[0], "truncated");
    }

    private static void assertWireFormat(String entryName, byte[] input, String message) throws Throwable {
        Object entry = fixtures.entry(entryName);
        Throwable thrown = assertThrows(Throwable.class, () -> fixtures.invoke(entry, input));
        assertThat(thrown.getClass().getName()).isEqualTo("dev.jmp.internal.WireFormatException");
        assertThat(thrown).hasMessageThat().contains(message);
    }

    @Test
    void generatedEntriesImplementTaskEntryAndHaveAPublicNoArgumentConstructor() throws Exception {
        Class<?> entry = fixtures.load("com.example.jmp_generated.Greeter_greet_Entry");
        assertThat(Arrays.stream(entry.getInterfaces()).map(Class::getName))
                .containsExactly("dev.jmp.internal.TaskEntry", "dev.jmp.internal.ChunkEntry");
        assertThat(Modifier.isPublic(entry.getConstructor().getModifiers())).isTrue();
        assertThat(Modifier.isFinal(entry.getModifiers())).isTrue();
        Field[] fields = entry.getDeclaredFields();
        assertThat(fields).isEmpty();
    }

    @Test
    void compilationStatusIsSuccess() {
        assertThat(fixtures.compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    }
}
