package dev.jmp.shm;

import static java.nio.charset.StandardCharsets.US_ASCII;

import dev.jmp.Task;
import dev.jmp.internal.SharedObjects;
import dev.jmp.internal.TaskEntry;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.internal.task.Tasks;
import dev.jmp.sync.Event;
import dev.jmp.sync.Held;
import dev.jmp.sync.ProcessShareable;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written task entry, shaped like a generated one, whose arguments are an action and
 * shared objects, read back through {@link SharedObjects} as a task's parameters are:
 * {@code update-kinds} (a ByteValue, ShortValue, CharValue, FloatValue, ByteArray, ShortArray,
 * CharArray and FloatArray, each changed in a set way), {@code hold-shared-lock} (two IntValues
 * sharing a lock, and two events: holds the first one's lock, sets the first event, adds one to
 * the second value, and releases once the second event is set).
 */
public final class KindsTask implements TaskEntry {

    public static Task<Void> task(String action, ProcessShareable... objects) {
        WireOutput out = new WireOutput();
        out.writeString(action);
        out.writeInt(objects.length);
        for (ProcessShareable object : objects) {
            SharedObjects.write(out, object);
        }
        return Tasks.task(KindsTask.class.getName(), out.toByteArray(), "KindsTask." + action, KindsTask::decodeResult);
    }

    @Override
    public byte[] invoke(byte[] arguments) throws Throwable {
        WireInput in = new WireInput(arguments);
        String action = in.readString();
        List<ProcessShareable> objects = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            objects.add(SharedObjects.read(in, ProcessShareable.class));
        }
        in.expectEnd();
        switch (action) {
            case "update-kinds" -> updateKinds(objects);
            case "hold-shared-lock" -> {
                IntValue first = (IntValue) objects.get(0);
                IntValue second = (IntValue) objects.get(1);
                try (Held held = first.getLock().hold()) {
                    ((Event) objects.get(2)).set();
                    second.set(second.get() + 1);
                    ((Event) objects.get(3)).await();
                }
            }
            default -> throw new IllegalArgumentException("unknown action " + action);
        }
        return new byte[0];
    }

    private static void updateKinds(List<ProcessShareable> objects) {
        ((ByteValue) objects.get(0)).incrementAndGet();
        ((ShortValue) objects.get(1)).addAndGet(1000);
        ((CharValue) objects.get(2)).compareAndSet('a', 'z');
        ((FloatValue) objects.get(3)).addAndGet(0.5f);
        ((ByteArray) objects.get(4)).setValue("child".getBytes(US_ASCII));
        ((ShortArray) objects.get(5)).incrementAndGet(1);
        ((CharArray) objects.get(6)).setValue("from the child");
        FloatArray floats = (FloatArray) objects.get(7);
        floats.copyFrom(new float[] {1.5f, 2.5f}, 0, 0, 2);
    }

    /** Decodes what {@link #invoke} returned, as a generated entry's {@code decodeResult} does. */
    public static Void decodeResult(byte[] result) {
        return null;
    }
}
