package dev.jmp.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The types of the compiled runtime that code outside it can name: public classes, interfaces,
 * records, enums and annotations, nested ones included when every type around them is public.
 * Read by loading each class without initializing it.
 */
final class PublicTypes {

    /** Class files that describe a package or the module rather than hold a type. */
    private static final Set<String> DESCRIPTORS = Set.of("package-info.class", "module-info.class");

    private PublicTypes() {}

    /**
     * Binary names ({@code dev.jmp.launch.WorkerProgress$Snapshot}) of the public types in
     * {@code classDirectory}. The versioned classes of the multi-release jar
     * ({@code META-INF/versions/<N>}) are left out: each replaces a class of the same name and API.
     */
    static Set<String> in(Path classDirectory) {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classDirectory)) {
            files.filter(f -> f.toString().endsWith(".class") && !DESCRIPTORS.contains(f.getFileName().toString())
                            && !classDirectory.relativize(f).startsWith("META-INF"))
                    .map(f -> binaryName(classDirectory.relativize(f)))
                    .filter(PublicTypes::isPublic)
                    .forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static String binaryName(Path relative) {
        String name = relative.toString().replace(relative.getFileSystem().getSeparator(), ".");
        return name.substring(0, name.length() - ".class".length());
    }

    private static boolean isPublic(String binaryName) {
        Class<?> type;
        try {
            type = Class.forName(binaryName, false, PublicTypes.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot load " + binaryName, e);
        }
        if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
            return false;
        }
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }
}
