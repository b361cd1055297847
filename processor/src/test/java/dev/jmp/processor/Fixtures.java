package dev.jmp.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** The {@code good/}, {@code bad/} and {@code expected/} source fixtures, and how tests compile them. */
final class Fixtures {

    /** Every file of {@code good/}, compiled together. */
    static final List<String> GOOD = List.of(
            "Greeter", "Color", "Point", "Line", "Pair", "Catalog", "Counters", "Money", "Shapes", "Outer", "Tools",
            "UsesFactories", "Invoice", "Billing");

    private Fixtures() {}

    static JavaFileObject good(String name) {
        return JavaFileObjects.forResource("good/" + name + ".java");
    }

    static JavaFileObject bad(String name) {
        return JavaFileObjects.forResource("bad/" + name + ".java");
    }

    static JavaFileObject expected(String name) {
        return JavaFileObjects.forResource("expected/" + name + ".java");
    }

    static JavaFileObject[] allGood() {
        return GOOD.stream().map(Fixtures::good).toArray(JavaFileObject[]::new);
    }

    /** Compiles with the processor and every lint but {@code processing}, which flags unclaimed annotations. */
    static Compilation compile(JavaFileObject... sources) {
        return compile(new JmpProcessor(), sources);
    }

    static Compilation compile(Processor processor, JavaFileObject... sources) {
        return Compiler.javac()
                .withProcessors(processor)
                .withOptions("-Xlint:all,-processing")
                .compile(sources);
    }

    /** The 1-based line of {@code source} that contains {@code snippet}, which must occur once. */
    static long lineOf(JavaFileObject source, String snippet) {
        List<String> lines = Arrays.asList(content(source).split("\n", -1));
        int[] matches = IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(snippet)).toArray();
        assertWithMessage("lines of %s containing '%s'", source.getName(), snippet).that(matches).hasLength(1);
        return matches[0] + 1L;
    }

    static String content(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
