package dev.jmp.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * Runs a generated dispatcher as a manager's server does: constructs an object from encoded
 * arguments, calls its shared methods, and reads the encoded results; only shared methods have
 * a number.
 */
class SharedDispatcherTest {

    private final Compilation compilation = Fixtures.compile(SharedGoldenTest.good("Counter"));
    private final ClassLoader loader = new CompiledClasses(compilation);

    private Object instance(String name) throws Exception {
        return loader.loadClass(name).getConstructor().newInstance();
    }

    private Object wire(String type, Object... args) throws Exception {
        Class<?> c = loader.loadClass("dev.jmp.internal." + type);
        if (args.length == 0) {
            return c.getConstructor().newInstance();
        }
        return c.getConstructor(byte[].class).newInstance(args);
    }

    private static Object call(Object target, String method, Object... args) throws Throwable {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                try {
                    return m.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
        throw new AssertionError("no method " + method);
    }

    @Test
    void constructsCallsAndEncodesResults() throws Throwable {
        Object dispatcher = instance("com.example.shared.jmp_generated.Counter_Dispatcher");
        Object args = wire("WireOutput");
        call(args, "writeInt", 40);
        Object counter = call(dispatcher, "construct", 0, wire("WireInput", (Object) call(args, "toByteArray")));

        Object increment = wire("WireOutput");
        call(increment, "writeInt", 2);
        Object out = wire("WireOutput");
        call(dispatcher, "call", counter, 0, wire("WireInput", (Object) call(increment, "toByteArray")), out);
        Object result = wire("WireInput", (Object) call(out, "toByteArray"));
        assertThat(call(result, "readInt")).isEqualTo(42);

        Object noReason = wire("WireOutput");
        call(noReason, "writeBoolean", false);
        assertThrows(IOException.class, () -> call(dispatcher, "call", counter, 2,
                wire("WireInput", (Object) call(noReason, "toByteArray")), wire("WireOutput")));
    }

    @Test
    void onlySharedMethodsAndPublicConstructorsHaveNumbers() throws Throwable {
        Object dispatcher = instance("com.example.shared.jmp_generated.Counter_Dispatcher");
        Throwable unknown = assertThrows(Throwable.class, () -> call(dispatcher, "call", new Object(), 3,
                wire("WireInput", (Object) new byte[0]), wire("WireOutput")));
        assertThat(unknown).isInstanceOf(ClassCastException.class);
        Object counterClass = loader.loadClass("com.example.shared.Counter").getConstructor(int.class).newInstance(1);
        Throwable noMethod = assertThrows(Throwable.class, () -> call(dispatcher, "call", counterClass, 3,
                wire("WireInput", (Object) new byte[0]), wire("WireOutput")));
        assertThat(noMethod.getClass().getSimpleName()).isEqualTo("WireFormatException");
        assertThat(noMethod).hasMessageThat().isEqualTo("Counter has no shared method number 3");
        Throwable noConstructor = assertThrows(Throwable.class, () -> call(dispatcher, "construct", 1,
                wire("WireInput", (Object) new byte[0])));
        assertThat(noConstructor).hasMessageThat().isEqualTo("Counter has no constructor number 1");
        java.lang.reflect.Field signature = loader.loadClass("com.example.shared.CounterProxy").getDeclaredField("SIGNATURE");
        signature.setAccessible(true);
        assertThat(call(dispatcher, "signature")).isEqualTo(signature.getLong(null));
    }
}
