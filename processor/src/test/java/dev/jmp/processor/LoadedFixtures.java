package dev.jmp.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * The good fixtures, compiled once and loaded with their own copy of the runtime (see
 * {@link CompiledClasses}), so everything is reached reflectively.
 */
final class LoadedFixtures {

    static final String ENTRY_PACKAGE = "com.example.jmp_generated.";

    final Compilation compilation;
    private final ClassLoader loader;

    private LoadedFixtures(Compilation compilation) {
        this.compilation = compilation;
        this.loader = new CompiledClasses(compilation);
    }

    static LoadedFixtures compileGood() {
        Compilation compilation = Fixtures.compile(Fixtures.allGood());
        assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
        return new LoadedFixtures(compilation);
    }

    Class<?> load(String name) {
        try {
            return loader.loadClass(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** Encodes {@code arguments} with the entry, invokes it, and decodes its result with the entry's decoder. */
    Object roundTrip(String entry, Object... arguments) throws Throwable {
        Object task = entry(entry);
        return decodeResult(task, invoke(task, encode(entry, arguments)));
    }

    /** {@code TaskEntry.invoke}. */
    byte[] invoke(Object entry, byte[] arguments) throws Throwable {
        return (byte[]) call(entry, entry.getClass().getMethod("invoke", byte[].class), arguments);
    }

    /** The entry's static {@code decodeResult}, the decoder the factory gives its tasks. */
    Object decodeResult(Object entry, byte[] result) throws Throwable {
        return call(entry, entry.getClass().getMethod("decodeResult", byte[].class), result);
    }

    byte[] encode(String entry, Object... arguments) throws Throwable {
        return (byte[]) callStatic(ENTRY_PACKAGE + entry, "encodeArguments", arguments);
    }

    /** A new instance of a generated worker entry, as the child JVM makes it. */
    Object entry(String entry) throws ReflectiveOperationException {
        return load(ENTRY_PACKAGE + entry).getConstructor().newInstance();
    }

    /** Calls the only static method called {@code name}, unwrapping what it throws. */
    Object callStatic(String className, String name, Object... arguments) throws Throwable {
        Method method = Arrays.stream(load(className).getMethods())
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + className));
        return call(null, method, arguments);
    }

    private static Object call(Object target, Method method, Object... arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A fixture record, made with its canonical constructor. */
    Object record(String simpleName, Object... components) throws ReflectiveOperationException {
        Class<?> type = load("com.example." + simpleName);
        Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return type.getDeclaredConstructor(types).newInstance(components);
    }

    /** A constant of the fixture enum {@code Color}. */
    Object color(String name) {
        return Arrays.stream(load("com.example.Color").getEnumConstants())
                .filter(c -> ((Enum<?>) c).name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    Object money(long cents, String currency) throws ReflectiveOperationException {
        return load("com.example.Money").getConstructor(long.class, String.class).newInstance(cents, currency);
    }
}
