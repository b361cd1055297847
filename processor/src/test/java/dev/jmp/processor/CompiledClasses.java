package dev.jmp.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads the classes of an in-memory compilation, the fixtures and what the processor generated
 * for them, together with their own copy of the jmp runtime: as in a child JVM, where the
 * runtime and the user's classes share one class path. (Java serialization resolves classes
 * through the loader of the code that reads, so a runtime loaded by a parent could not see
 * the fixtures' classes.)
 */
final class CompiledClasses extends ClassLoader {

    private static final String RUNTIME = "dev.jmp.";
    private static final String PROCESSOR = "dev.jmp.processor.";

    private final Map<String, JavaFileObject> classFiles = new HashMap<>();

    CompiledClasses(Compilation compilation) {
        super(CompiledClasses.class.getClassLoader());
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath();
                String relative = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length());
                classFiles.put(relative.replace(".class", "").replace('/', '.'), file);
            }
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(RUNTIME) || name.startsWith(PROCESSOR)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    if (in == null) {
                        throw new ClassNotFoundException(name);
                    }
                    loaded = define(name, in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return loaded;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        JavaFileObject file = classFiles.get(name);
        if (file == null) {
            throw new ClassNotFoundException(name);
        }
        try (InputStream in = file.openInputStream()) {
            return define(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Class<?> define(String name, InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
    }
}
