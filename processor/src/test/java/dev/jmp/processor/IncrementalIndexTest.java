package dev.jmp.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jmp.internal.TaskIndex;
import dev.jmp.internal.TaskNames;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The task index across incremental compilations, compiled the way an IDE or a build tool does
 * it: into a real class output directory that is also on the class path, one changed source at a
 * time.
 */
class IncrementalIndexTest {

    @TempDir
    Path dir;

    @Test
    void compilingOneClassKeepsTheOthersTasksAndReplacesItsOwn() throws Exception {
        Path a = source("Alpha", "one");
        Path b = source("Beta", "two");
        compile(a, b);
        assertThat(index()).containsExactly(entry("Alpha", "one"), entry("Beta", "two"));

        a = source("Alpha", "renamed");
        compile(a);
        assertThat(index()).containsExactly(entry("Alpha", "renamed"), entry("Beta", "two"));
    }

    @Test
    void linesOfAClassThatNoLongerExistsAreDropped() throws Exception {
        Path a = source("Alpha", "one");
        Path b = source("Beta", "two");
        compile(a, b);
        Files.delete(dir.resolve("out/com/example/Beta.class"));
        compile(source("Alpha", "one"));
        assertThat(index()).containsExactly(entry("Alpha", "one"));
    }

    private Path source(String owner, String task) throws IOException {
        Path file = dir.resolve("src/com/example/" + owner + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package com.example;\n"
                + "public class " + owner + " {\n"
                + "    @dev.jmp.ProcessTask\n"
                + "    public static void " + task + "(int x) {}\n"
                + "}\n", StandardCharsets.UTF_8);
        return file;
    }

    private void compile(Path... sources) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(sources);
            String classPath = out + File.pathSeparator + System.getProperty("java.class.path");
            JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null,
                    List.of("-d", out.toString(), "-classpath", classPath, "-implicit:none"),
                    null, units);
            task.setProcessors(List.of(new JmpProcessor()));
            assertTrue(task.call(), diagnostics.toString());
        }
    }

    private List<TaskIndex.Entry> index() throws IOException {
        try (var reader = Files.newBufferedReader(dir.resolve("out").resolve(TaskNames.INDEX_RESOURCE))) {
            return TaskIndex.read(reader).entries();
        }
    }

    private static TaskIndex.Entry entry(String owner, String task) {
        return new TaskIndex.Entry("com.example." + owner, task,
                "com.example.jmp_generated." + owner + "_" + task + "_Entry");
    }
}
