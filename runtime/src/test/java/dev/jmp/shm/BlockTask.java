package dev.jmp.shm;

import dev.jmp.Task;
import dev.jmp.internal.SharedObjects;
import dev.jmp.internal.TaskEntry;
import dev.jmp.internal.WireInput;
import dev.jmp.internal.WireOutput;
import dev.jmp.internal.task.Tasks;
import dev.jmp.sync.ProcessShareable;
import java.nio.ByteBuffer;

/**
 * A hand-written task entry, shaped like a generated one, for blocks and lists in a child:
 * {@code fill} (a SharedMemory parameter: writes byte {@code i % 256} at every offset {@code i}),
 * {@code fill-by-name} (the same through {@link SharedMemory#attach}, then closes),
 * {@code update-list} (a ShareableList parameter: adds one to item 0, sets item 1 to "child"),
 * {@code create-and-exit} (creates the block {@code name} of 4096 bytes and exits without unlink),
 * {@code manager-and-exit} (a SharedMemoryManager hands out a block and a list, never shut down).
 */
public final class BlockTask implements TaskEntry {

    public static Task<Void> task(String action, String name, ProcessShareable object) {
        WireOutput out = new WireOutput();
        out.writeString(action);
        out.writeString(name);
        out.writeBoolean(object != null);
        if (object != null) {
            SharedObjects.write(out, object);
        }
        return Tasks.task(BlockTask.class.getName(), out.toByteArray(), "BlockTask." + action, r -> null);
    }

    @Override
    public byte[] invoke(byte[] arguments) {
        WireInput in = new WireInput(arguments);
        String action = in.readString();
        String name = in.readString();
        ProcessShareable object = in.readBoolean() ? SharedObjects.read(in, ProcessShareable.class) : null;
        in.expectEnd();
        switch (action) {
            case "fill" -> fill(((SharedMemory) object).buffer());
            case "fill-by-name" -> {
                try (SharedMemory shm = SharedMemory.attach(name)) {
                    fill(shm.buffer());
                }
            }
            case "update-list" -> {
                ShareableList list = (ShareableList) object;
                list.set(0, list.getLong(0) + 1);
                list.set(1, "child");
            }
            case "create-and-exit" -> SharedMemory.create(name, 4096).buffer().put(0, (byte) 7);
            case "manager-and-exit" -> {
                SharedMemoryManager smm = new SharedMemoryManager();
                smm.sharedMemory(4096);
                smm.shareableList(java.util.List.of(1, "one"));
            }
            default -> throw new IllegalArgumentException("unknown action " + action);
        }
        return new byte[0];
    }

    static void fill(ByteBuffer bytes) {
        for (int i = 0; i < bytes.capacity(); i++) {
            bytes.put(i, (byte) i);
        }
    }
}
