package dev.jmp.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The proxy and the dispatcher of a {@code @Shared} class, compared with reviewed copies in {@code expected/}. */
class SharedGoldenTest {

    static JavaFileObject good(String name) {
        return JavaFileObjects.forResource("good/shared/" + name + ".java");
    }

    @Test
    void proxy() {
        Compilation compilation = Fixtures.compile(good("Counter"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.shared.CounterProxy")
                .hasSourceEquivalentTo(Fixtures.expected("CounterProxy"));
    }

    @Test
    void dispatcher() {
        Compilation compilation = Fixtures.compile(good("Counter"));
        assertThat(compilation).generatedSourceFile("com.example.shared.jmp_generated.Counter_Dispatcher")
                .hasSourceEquivalentTo(Fixtures.expected("Counter_Dispatcher"));
    }

    @Test
    void recordsCollectionsVarargsArraysAndNestedClassesCompileWithoutWarnings() {
        Compilation compilation = Fixtures.compile(good("Ledger"), good("Counter"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.shared.LedgerProxy");
        assertThat(compilation).generatedSourceFile("com.example.shared.Ledger_AuditProxy");
        assertThat(compilation).generatedSourceFile("com.example.shared.jmp_generated.Ledger_Audit_Dispatcher");
    }

    @Test
    void outputIsDeterministic() {
        assertThat(generated()).isEqualTo(generated());
    }

    private static String generated() {
        StringBuilder all = new StringBuilder();
        Fixtures.compile(good("Ledger"), good("Counter")).generatedSourceFiles().stream()
                .map(f -> f.getName() + "\n" + Fixtures.content(f))
                .sorted()
                .forEach(all::append);
        return all.toString();
    }
}
