package dev.jmp.pool.callable;

import dev.jmp.internal.TaskEntry;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The worker entry of every serialized callable: reads it through a filter that admits the
 * classes its sender wrote and the JDK's value types (a {@code List.of} is written as one class
 * and read back as another), calls it, and serializes its result. Public only so that a worker
 * can instantiate it by name; the package is not exported.
 */
public final class SerializedCallableEntry implements TaskEntry {

    /** The entry; workers make it by name. */
    public SerializedCallableEntry() {
    }

    @Override
    public byte[] invoke(byte[] arguments) throws Exception {
        WireInput in = new WireInput(arguments);
        Set<String> admitted = SerializedCallables.readNames(in);
        byte[] code = in.readBytes();
        in.expectEnd();
        Object callable = ObjectReading.read(code, new AdmittedClasses(admitted, AdmittedClasses.JDK_VALUES),
                "[jmp.pool.callable-refused] a serialized callable",
                "submit it again from a program of the same class path, or make it a @ProcessTask");
        if (!(callable instanceof Callable<?> call)) {
            throw new IllegalStateException("[jmp.pool.callable-refused] the serialized callable is a "
                    + callable.getClass().getName() + ", not a Callable; submit a Callable or a Runnable");
        }
        Object result = call.call();
        WireOutput out = new WireOutput();
        out.writeBytes(serialize(result, call));
        return out.toByteArray();
    }

    private static byte[] serialize(Object result, Object call) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(result);
        } catch (NotSerializableException e) {
            throw new IllegalStateException("[jmp.pool.callable-result] the result of "
                    + SerializedCallables.describe(call) + " holds a " + e.getMessage() + ", which is not Serializable;"
                    + " return a Serializable value, or make it a @ProcessTask, whose result jmp encodes", e);
        }
        return bytes.toByteArray();
    }
}
